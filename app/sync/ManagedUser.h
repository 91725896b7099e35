#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pd {

// What one connection knows about a user it provisioned: the link from the source key to the Zoom
// id, and the last payload it sent. Only users with a row here are ever updated, disabled or removed.
struct ManagedUser
{
    // PendingCreate is written before a POST goes out, so a create interrupted by a crash is
    // resolved by a userName lookup on the next run instead of being sent twice.
    enum class Status { PendingCreate, Active, Disabled, Removed };

    QString sourceKey;
    QString zoomId;
    QString userName;
    QString payloadHash;
    QByteArray payload; // compact JSON of the last create body sent; parsed only to show a diff
    Status status = Status::PendingCreate;
    QDateTime updatedAt;

    // Linked to a Zoom account that exists (active or disabled): what the removal guard counts.
    bool isLive() const { return status == Status::Active || status == Status::Disabled; }

    static QString statusToString(Status s);
    static Status statusFromString(const QString &s);
};

} // namespace pd
