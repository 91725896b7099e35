#pragma once

#include "Connection.h"
#include "ConnectionTestResult.h"

#include <QObject>

namespace pd {

// Checks that a connection's settings and secret reach Zoom. Asynchronous: start() returns at once
// and finished() follows exactly once per start (also after cancel()).
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const Connection &connection, const QString &clientSecret) = 0;
    virtual void cancel() = 0;

signals:
    void finished(const pd::ConnectionTestResult &result);
};

} // namespace pd
