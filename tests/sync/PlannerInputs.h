#pragma once

// Planner inputs for the planner's unit tests (test_sync_planner, test_sync_removal_guard): desired
// and managed users whose payload hashes match when their titles do.
#include "SyncPlanner.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::test {

inline DesiredUser desired(
    const QString &key, const QString &title = QStringLiteral("Engineer"), bool disabled = false)
{
    DesiredUser d;
    d.sourceKey = key;
    d.userName = key + QStringLiteral("@example.com");
    d.disabledInSource = disabled;
    d.createBody = QJsonObject {{QStringLiteral("userName"), d.userName}, {QStringLiteral("title"), title}};
    d.updateBody = QJsonObject {{QStringLiteral("title"), title}};
    d.payloadHash = key + QLatin1Char('#') + title;
    return d;
}

inline ManagedUser managed(const QString &key, const QString &title = QStringLiteral("Engineer"),
    ManagedUser::Status status = ManagedUser::Status::Active)
{
    ManagedUser m;
    m.sourceKey = key;
    m.zoomId = QStringLiteral("z-") + key;
    m.userName = key + QStringLiteral("@example.com");
    m.payloadHash = key + QLatin1Char('#') + title;
    m.payload = QJsonDocument(
        QJsonObject {{QStringLiteral("userName"), m.userName}, {QStringLiteral("title"), title}})
                    .toJson(QJsonDocument::Compact);
    m.status = status;
    return m;
}

inline SyncPlanner::Input inputWith(const QList<DesiredUser> &ds, const QList<ManagedUser> &ms)
{
    SyncPlanner::Input in;
    in.desired = ds;
    for (const ManagedUser &m : ms)
        in.managed.insert(m.sourceKey, m);
    in.guard.percentOfManaged = 100;
    in.guard.maxUsers = 100000;
    return in;
}

inline const PlannedOperation *find(const SyncPlan &plan, const QString &key)
{
    for (const PlannedOperation &op : plan.operations)
        if (op.sourceKey == key)
            return &op;
    return nullptr;
}

} // namespace pd::test
