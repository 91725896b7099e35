#pragma once

#include <functional>

class QObject;

namespace pd {

class ConnectionTester;

// Makes the tester behind "Test connection": main injects the real Zoom tester, widget tests a
// fake. It may return nullptr when this build has no tester; the UI then says so.
using ConnectionTesterFactory = std::function<ConnectionTester *(QObject *parent)>;

} // namespace pd
