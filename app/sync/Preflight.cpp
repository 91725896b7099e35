#include "Preflight.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace pd {

namespace {

using Kind = PlannedOperation::Kind;

// The requests SyncExecutor sends for one planned operation (a 409 on create may add a lookup).
void countRequests(const PlannedOperation &op, QMap<QString, int> *requests)
{
    auto add = [requests](const char *method) { ++(*requests)[QString::fromLatin1(method)]; };
    if (op.held || !op.isWrite())
        return;
    if (op.resolveFirst)
        add("GET");
    switch (op.kind) {
    case Kind::Create:
        add("POST");
        break;
    case Kind::Adopt:
        if (!op.body.isEmpty())
            add("PUT");
        if (op.setActive)
            add("PATCH");
        break;
    case Kind::Update:
        add("PUT");
        break;
    case Kind::Disable:
    case Kind::RemoveDisable:
        add("PATCH");
        break;
    case Kind::Reactivate:
        add("PATCH");
        if (!op.body.isEmpty())
            add("PUT");
        break;
    case Kind::RemoveDelete:
        add("DELETE");
        break;
    case Kind::Skip:
        break;
    }
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

bool Preflight::isAdminOrOwner(const QJsonObject &resource)
{
    const QJsonArray roles = resource.value(QLatin1String("roles")).toArray();
    for (const QJsonValue &role : roles) {
        const QString value
            = role.isObject() ? role.toObject().value(QLatin1String("value")).toString() : role.toString();
        if (value.compare(QLatin1String("Admin"), Qt::CaseInsensitive) == 0
            || value.compare(QLatin1String("Owner"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Preflight Preflight::of(const SyncPlan &plan, const QList<DesiredUser> &desired,
    const std::optional<QHash<QString, ZoomUserSnapshot>> &zoomUsers, const Connection &connection)
{
    Preflight p;
    p.zoomListed = zoomUsers.has_value();
    QSet<QString> targeted; // Zoom ids an operation reaches
    for (const PlannedOperation &op : plan.operations) {
        countRequests(op, &p.requests);
        if (!op.zoomId.isEmpty())
            targeted.insert(op.zoomId);
        if (op.held || !op.isWrite())
            continue;
        p.adopt += op.kind == Kind::Adopt ? 1 : 0;
        p.create += op.kind == Kind::Create ? 1 : 0;
        p.reactivate
            += (op.kind == Kind::Reactivate || op.kind == Kind::Adopt) && op.setActive.value_or(false);
    }

    // By lower-cased username: the planner and Zoom match userName without case. A set of spellings
    // only for names spelled more than one way (a QSet per user cost ~1 KB: 100 MB at 100,000).
    struct Name
    {
        QString first; // its first spelling in the source
        int people = 0;
    };
    QHash<QString, Name> names;
    names.reserve(desired.size());
    QHash<QString, QSet<QString>> spellings;
    const auto spelled = [&spellings](const QString &key, const Name &name, const QString &spelling) {
        if (spelling == name.first && !spellings.contains(key))
            return;
        QSet<QString> &set = spellings[key];
        set.insert(name.first);
        set.insert(spelling);
    };
    for (const DesiredUser &d : desired) {
        const QString key = d.userName.toLower();
        const auto it = names.find(key);
        if (it == names.end()) {
            names.insert(key, {d.userName, 1});
            continue;
        }
        ++it->people;
        spelled(key, *it, d.userName);
    }
    if (zoomUsers) {
        p.leftAlone = 0;
        for (auto it = zoomUsers->cbegin(); it != zoomUsers->cend(); ++it) {
            const auto name = names.constFind(it.key());
            const bool inSource = name != names.cend();
            if (inSource)
                spelled(it.key(), *name, it->userName);
            if (it->adminOrOwner && (inSource || targeted.contains(it->id)))
                p.protectedAdminNames.append(it->userName);
            if (!inSource && !targeted.contains(it->id))
                ++p.leftAlone;
        }
    }
    for (const Name &name : std::as_const(names)) {
        if (name.people > 1)
            p.sharedAccountNames.append(name.first);
    }
    for (const QSet<QString> &set : std::as_const(spellings)) {
        if (set.size() > 1) {
            QStringList all = set.values();
            all.sort();
            p.caseDifferenceNames.append(all.join(QStringLiteral(" / ")));
        }
    }
    for (QStringList *list : {&p.protectedAdminNames, &p.sharedAccountNames, &p.caseDifferenceNames})
        list->sort(Qt::CaseInsensitive);
    p.protectedAdmins = int(p.protectedAdminNames.size());
    p.sharedAccounts = int(p.sharedAccountNames.size());
    p.caseDifferences = int(p.caseDifferenceNames.size());

    if (p.zoomListed) // a real run lists Zoom again, page by page
        p.requests[QStringLiteral("GET")]
            += qMax(1, int(std::ceil(double(zoomUsers->size()) / listPageSize)));
    for (int n : std::as_const(p.requests))
        p.requestTotal += n;
    p.requestsPerSecond = connection.rateLimit.requestsPerSecond;
    p.concurrency = connection.rateLimit.concurrency;
    // The throttle spaces request starts evenly; with few slots, round trips bound it instead.
    double seconds = 0;
    if (p.requestsPerSecond > 0)
        seconds = p.requestTotal / p.requestsPerSecond;
    if (p.concurrency > 0)
        seconds = qMax(seconds, p.requestTotal * assumedLatencySeconds / p.concurrency);
    p.estimatedSeconds = std::ceil(seconds * 10 - 1e-9) / 10; // never below the bound
    p.rateAboveZoomLimit = p.requestsPerSecond <= 0 || p.requestsPerSecond > zoomLimitPerSecond;
    return p;
}

QString Preflight::formatDuration(double seconds)
{
    const qint64 s = qint64(std::ceil(seconds));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString Preflight::rateWarning() const
{
    if (!rateAboveZoomLimit)
        return {};
    const QString rate
        = requestsPerSecond > 0 ? tr("%1 requests/second").arg(requestsPerSecond) : tr("an unlimited rate");
    return tr("The connection's rate (%1) is above what Zoom allows: %2 requests/second for SCIM "
              "(\"Medium\" on Business plans; older Zoom documents say %3 per endpoint, so the real limit "
              "is uncertain). Expect 429 answers and waits; lower the rate in the connection.")
        .arg(rate)
        .arg(zoomLimitPerSecond)
        .arg(legacyLimitPerSecond);
}

QJsonObject Preflight::toJson() const
{
    QJsonObject requestsJson;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        requestsJson.insert(it.key(), it.value());
    QJsonObject json {{QStringLiteral("zoomListed"), zoomListed}, {QStringLiteral("adopt"), adopt},
        {QStringLiteral("create"), create},
        {QStringLiteral("leftAlone"), leftAlone < 0 ? QJsonValue() : QJsonValue(leftAlone)},
        {QStringLiteral("reactivate"), reactivate}, {QStringLiteral("protectedAdmins"), protectedAdmins},
        {QStringLiteral("protectedAdminNames"), toArray(protectedAdminNames)},
        {QStringLiteral("sharedAccounts"), sharedAccounts},
        {QStringLiteral("sharedAccountNames"), toArray(sharedAccountNames)},
        {QStringLiteral("caseDifferences"), caseDifferences},
        {QStringLiteral("caseDifferenceNames"), toArray(caseDifferenceNames)},
        {QStringLiteral("requests"), requestsJson}, {QStringLiteral("requestTotal"), requestTotal},
        {QStringLiteral("requestsPerSecond"), requestsPerSecond},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("zoomLimitPerSecond"), zoomLimitPerSecond},
        {QStringLiteral("estimatedSeconds"), estimatedSeconds},
        {QStringLiteral("rateAboveZoomLimit"), rateAboveZoomLimit}};
    if (rateAboveZoomLimit)
        json.insert(QStringLiteral("rateWarning"), rateWarning());
    return json;
}

QStringList Preflight::describe() const
{
    QStringList lines;
    lines << tr("Adopted (already in Zoom): %1").arg(adopt) << tr("Created: %1").arg(create)
          << (leftAlone < 0 ? tr("Left alone (in Zoom, not in the source): unknown until Zoom is listed "
                                 "(first sync or full resync)")
                            : tr("Left alone (in Zoom, not in the source): %1").arg(leftAlone))
          << tr("Inactive accounts to reactivate: %1").arg(reactivate);
    auto withNames = [](const QString &line, const QStringList &names) {
        return names.isEmpty()
            ? line
            : line + QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    };
    lines << withNames(
        tr("Admins and owners Zoom will not deactivate: %1").arg(protectedAdmins), protectedAdminNames);
    lines << withNames(
        tr("Usernames claimed by two or more people: %1").arg(sharedAccounts), sharedAccountNames);
    lines << withNames(tr("Usernames differing only in case: %1").arg(caseDifferences), caseDifferenceNames);
    lines << tr("Estimated duration: about %1 (%n request(s) at %2/s, %3 at a time; an estimate)", nullptr,
        requestTotal)
                 .arg(formatDuration(estimatedSeconds))
                 .arg(requestsPerSecond)
                 .arg(concurrency);
    if (rateAboveZoomLimit)
        lines << rateWarning();
    return lines;
}

} // namespace pd
