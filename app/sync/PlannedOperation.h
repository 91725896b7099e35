#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pd {

// One step of a sync, as planned; the executor turns it into SCIM requests.
struct PlannedOperation
{
    enum class Kind {
        Create, // POST (after a userName lookup when an earlier create was interrupted)
        Adopt, // link an existing Zoom user by userName, then PUT if the payload differs
        Update, // PUT the mapped attributes
        Disable, // PATCH active=false: disabled in the source
        Reactivate, // PATCH active=true (and PUT if the payload changed)
        RemoveDisable, // Remove Action "Disable": no longer in the source or out of scope
        RemoveDelete, // Remove Action "Delete"
        Skip, // nothing sent; reason says why
    };

    Kind kind = Kind::Skip;
    QString sourceKey;
    QString userName; // the source's Username
    QString zoomId;
    QString zoomUserName; // the userName the Zoom account holds, when known (may differ from userName)
    QJsonObject body; // POST body for Create; PUT body otherwise (empty: no PUT)
    std::optional<bool> setActive; // PATCH active to this value after any PUT
    QString payloadHash; // to record once the operation completed
    QByteArray payload; // the create body to record with it (compact JSON), for later diffs
    bool resolveFirst = false; // look the user up by userName before creating (interrupted create)
    // A create that meets an existing account (409) links it; these say how far it may then be
    // brought to the desired state: a PUT of what differs ("Enable users updation"), and setActive.
    bool reconcileOnAdopt = false;
    bool held = false; // held back by the removal guard until approved
    QString reason; // for skips, holds and warnings, in a sentence
    // Set when the source's Username differs from the one the Zoom account holds (a warning: the
    // account stays linked by its id; Zoom does not rename through SCIM).
    QString identityNote;
    QJsonArray changes; // [{attribute, old, new}] for updates and adoptions
    // A create planned to be sent, not shown: only the mapped canonical payload is kept, and body,
    // payload and changes are made from it as the executor reaches the operation
    // (SyncPlanner::completeCreate). Holding 100,000 ready bodies cost ~5 KB a user.
    QByteArray canonical;

    bool isRemoval() const { return kind == Kind::RemoveDisable || kind == Kind::RemoveDelete; }
    bool takesAccess() const { return isRemoval() || kind == Kind::Disable; }
    bool isWrite() const { return kind != Kind::Skip; }
    static QString kindToString(Kind k);
};

} // namespace pd
