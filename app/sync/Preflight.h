#pragma once

#include "Connection.h"
#include "DesiredUser.h"
#include "SyncPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace pd {

// What a run is about to do, told before it does it: accounts adopted, created, left alone,
// reactivated; admins and owners Zoom will not deactivate; usernames claimed twice or spelled in
// another case; and how long the planned requests take at the connection's rate. Computed from a
// dry run's plan, no request of its own.
struct Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    // Zoom's documented ceiling for SCIM writes: "Medium" on Business and up (SCIM needs Business).
    // Older docs said 1 request/second per SCIM endpoint; which one applies is uncertain.
    static constexpr double zoomLimitPerSecond = 60.0;
    static constexpr double legacyLimitPerSecond = 1.0;
    static constexpr int listPageSize = 100; // ScimClient's default page
    // Assumed round trip of one request, for the concurrency bound of the estimate.
    static constexpr double assumedLatencySeconds = 0.3;

    bool zoomListed = false; // first sync or full resync: Zoom's accounts were seen
    int adopt = 0;
    int create = 0;
    int leftAlone = -1; // in Zoom, in no way in the source; -1: unknown (Zoom was not listed)
    int reactivate = 0;
    int protectedAdmins = 0; // Admin/Owner accounts this connection links: Zoom refuses to deactivate them
    int sharedAccounts = 0; // usernames more than one source user maps to
    int caseDifferences = 0; // usernames spelled in more than one case (source and Zoom, or in the source)
    QStringList protectedAdminNames, sharedAccountNames, caseDifferenceNames;

    QMap<QString, int> requests; // by method, listing pages as GET
    int requestTotal = 0;
    double requestsPerSecond = 0;
    int concurrency = 0;
    double estimatedSeconds = 0;
    bool rateAboveZoomLimit = false;

    static Preflight of(const SyncPlan &plan, const QList<DesiredUser> &desired,
        const std::optional<QHash<QString, ZoomUserSnapshot>> &zoomUsers, const Connection &connection);
    // Zoom roles of a listed resource include Admin or Owner.
    static bool isAdminOrOwner(const QJsonObject &resource);

    QJsonObject toJson() const;
    // Lines for people: counts, then the estimate and any rate warning.
    QStringList describe() const;
    QString rateWarning() const; // empty when the rate is within Zoom's documented limit
    static QString formatDuration(double seconds);
};

} // namespace pd
