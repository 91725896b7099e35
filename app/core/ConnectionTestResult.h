#pragma once

#include <QMetaType>
#include <QString>

namespace pd {

// The outcome of "Test connection": a cause the code can branch on, and sentences for the admin.
struct ConnectionTestResult
{
    bool ok = false;
    QString cause; // stable identifier: "ok", "invalid-client", "scim-url-not-found", ...
    QString summary; // what is wrong, in one sentence
    QString fix; // what to do about it
    int httpStatus = 0;
    QString detail; // the server's own words, secrets redacted
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ConnectionTestResult)
