#include "SourceRecord.h"

namespace pd {

QStringList SourceRecord::values(QStringView name) const
{
    for (const Attribute &a : attributes) {
        if (name.compare(a.name, Qt::CaseInsensitive) == 0)
            return a.values;
    }
    return {};
}

QString SourceRecord::value(QStringView name) const
{
    for (const Attribute &a : attributes) {
        if (name.compare(a.name, Qt::CaseInsensitive) == 0)
            return a.values.value(0);
    }
    return {};
}

bool SourceRecord::has(QStringView name) const
{
    for (const Attribute &a : attributes) {
        if (name.compare(a.name, Qt::CaseInsensitive) == 0)
            return !a.values.isEmpty();
    }
    return false;
}

void SourceRecord::add(const QString &name, const QStringList &newValues)
{
    Attribute *target = nullptr;
    for (Attribute &a : attributes) {
        if (name.compare(a.name, Qt::CaseInsensitive) == 0) {
            target = &a;
            break;
        }
    }
    if (!target) {
        attributes.append({name, {}});
        target = &attributes.last();
    }
    for (const QString &v : newValues) {
        if (!v.isEmpty())
            target->values.append(v);
    }
}

QStringList SourceRecord::attributeNames() const
{
    QStringList names;
    names.reserve(attributes.size());
    for (const Attribute &a : attributes)
        names.append(a.name);
    return names;
}

} // namespace pd
