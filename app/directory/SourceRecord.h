#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pd {

// One person as the directory describes them: attribute -> values (CSV gives one value per column,
// LDAP any number), a key that stays the same for this person across runs, and whether the
// directory says the account is disabled. Attribute names compare case-insensitively, as in LDAP.
struct SourceRecord
{
    struct Attribute
    {
        QString name;
        QStringList values;
    };

    QString key;
    bool disabled = false;
    QString origin; // where the record came from, for the admin: "line 12", or the entry's DN
    qint64 line = 0; // 1-based line where a CSV record starts; 0 for other sources
    QList<Attribute> attributes;

    // All values of an attribute (empty when absent); name is matched case-insensitively.
    QStringList values(QStringView name) const;
    // The first value, or an empty string.
    QString value(QStringView name) const;
    bool has(QStringView name) const;
    // Adds values to an attribute, creating it when needed. Empty values are dropped.
    void add(const QString &name, const QStringList &values);
    void add(const QString &name, const QString &value) { add(name, QStringList {value}); }
    QStringList attributeNames() const;
};

// A record the source could not use, or a remark about one; never fatal for the rest.
struct SourceProblem
{
    qint64 line = 0; // 1-based CSV line, 0 when not line-based
    QString origin; // "line 12" or a DN
    QString key; // the record's key when known
    QString message;
};

// Why a whole read failed. cause is stable for code; summary and fix are for the admin.
struct SourceError
{
    QString cause; // "unreachable", "bad-credentials", "bad-base-dn", "bad-filter", "tls", "file", ...
    QString summary;
    QString fix;
    QString detail; // the library's or server's own words
    bool isError() const { return !cause.isEmpty(); }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::SourceRecord)
