#pragma once

#include "AttributeMapping.h"
#include "SourceRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace pd {

// One source record as Zoom will receive it.
struct MappedUser
{
    QString key; // the source key
    QString origin; // "line 12" or a DN
    QString userName;
    QString email;
    bool active = true; // the mapped Active value; !disabled when Active is unmapped
    // POST /Users body: schemas plus every mapped attribute that has a value (active included).
    QJsonObject createBody;
    // PUT /Users/{id} body, which Zoom treats as a partial update: schemas plus the mapped attributes
    // that have a value, never userName (Zoom ignores it) and never active (sent by PATCH, so that
    // "Enable users disable" decides it).
    QJsonObject updateBody;
    // Everything that would be sent, as compact JSON with sorted keys, and its SHA-256 (hex). Equal
    // hashes mean nothing changed since the payload was last sent.
    QByteArray canonical;
    QByteArray hash;
    QList<MappingProblem> problems;

    bool isValid() const;
    QStringList errorMessages() const;
    QStringList warningMessages() const;
};

// Turns source records into Zoom SCIM payloads following an AttributeMapping. Expressions are
// compiled once; map() is const and may be called from any thread.
class ZoomUserMapper
{
public:
    explicit ZoomUserMapper(const AttributeMapping &mapping);

    // Problems of the mapping itself (see AttributeMapping::check). With errors, no user is valid.
    const QList<MappingProblem> &mappingProblems() const { return m_mappingProblems; }
    bool isUsable() const;

    // withBodies false leaves createBody/updateBody empty: a sync keeps only canonical and hash, and
    // building two bodies per user cost a quarter of reading a 100,000-user source.
    MappedUser map(const SourceRecord &record, bool withBodies = true) const;

    static QByteArray canonicalJson(const QJsonObject &object);
    static QByteArray hashOf(const QByteArray &canonical);
    // The bodies again from a stored canonical payload, so a caller can keep only MappedUser::canonical.
    static QJsonObject createBodyFromCanonical(const QByteArray &canonical);
    static QJsonObject updateBodyFromCanonical(const QByteArray &canonical);

private:
    static QJsonObject createBody(QJsonObject canonical);
    static QJsonObject updateBody(QJsonObject canonical);

    AttributeMapping m_mapping;
    QList<Expression> m_compiled; // indexed by ZoomAttribute
    QList<MappingProblem> m_mappingProblems;
};

} // namespace pd
