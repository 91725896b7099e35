#pragma once

#include "Connection.h"
#include "DesiredUser.h"
#include "ManagedUser.h"
#include "PlannedOperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <functional>
#include <optional>

class QObject;

namespace pd {

// What an edit of the rule or the user actions would change for the people a connection manages,
// before it is saved: the source is read with the new rule and planned (SyncPlanner) against the
// managed rows with the new actions, then compared with the same plan under the connection as it
// is. No Zoom request: zoomUsers stays unknown, as on an incremental sync.
class ImpactForecast
{
    Q_DECLARE_TR_FUNCTIONS(ImpactForecast)

public:
    struct Input
    {
        Connection before; // as saved
        Connection after; // as edited
        QString passwordBefore; // the LDAP bind password for before's source (keychain)
        QString passwordAfter; // for after's source: a new one, or the same when still valid for it
    };

    // One person whose planned operation the edit changes. kind is what would now happen (empty:
    // nothing any more); was is what would have happened.
    struct Change
    {
        QString sourceKey;
        QString userName;
        QString kind; // PlannedOperation::kindToString, or empty
        QString was;
        bool held = false; // the removal guard would hold it for approval
    };

    struct Result
    {
        bool ok = false;
        QString error; // when !ok: why the impact could not be computed
        QList<Change> changes;

        bool isEmpty() const { return changes.isEmpty(); }
        // Changes by what would now happen ("create", "remove-disable", ...).
        QMap<QString, int> counts() const;
        // Operations that would happen without the edit and no longer do, by kind.
        QMap<QString, int> noLonger() const;
        // "This edit would create 0, update 2, disable 3, remove 0." plus what no longer happens.
        QString summary() const;
        QJsonObject toJson() const;
    };

    // Synchronous: reads the source(s). Call on a worker thread; db is that thread's connection.
    static Result compute(const Input &input, QSqlDatabase db);
    // Runs compute() on a thread named "impact-forecast" with its own database connection and
    // hands the result to done on context's thread (dropped if context is gone).
    static void start(QObject *context, const Input &input, const QString &dataDir,
        std::function<void(const Result &)> done);

    // The user actions, removal guard or rule differ in a way that can change a plan.
    static bool mayChangePlan(const Connection &before, const Connection &after);
};

} // namespace pd
