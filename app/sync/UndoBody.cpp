#include "UndoBody.h"

#include "ClearedAttributes.h"
#include "PayloadDiff.h"
#include "ZoomAttribute.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// The top-level key a path belongs to: "title", "name", "emails", or the enterprise schema's URN
// (whose own dots are not separators).
QString topOf(const QString &path)
{
    const QString urn = QLatin1String(ZoomAttributes::EnterpriseSchema);
    if (path.startsWith(urn + QLatin1Char('.')))
        return urn;
    const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? path : path.left(end);
}

// Sets key in o to value, or removes it for an absent value.
void put(QJsonObject *o, const QString &key, const QJsonValue &value)
{
    if (absent(value))
        o->remove(key);
    else
        o->insert(key, value);
}

// Multi-valued attributes are addressed by their "type" (emails[work]) or, without one, by position.
void setInArray(QJsonArray *array, const QString &selector, const QString &field, const QJsonValue &value)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (array->at(i).toObject().value(QStringLiteral("type")).toString() == selector)
            at = i;
    }
    bool numeric = false;
    const int index = selector.toInt(&numeric);
    if (at < 0 && numeric && index >= 0 && index < array->size())
        at = index;
    if (field.isEmpty()) { // a list of plain values
        if (at >= 0 && absent(value))
            array->removeAt(at);
        else if (at >= 0)
            (*array)[at] = value;
        else if (!absent(value))
            array->append(value);
        return;
    }
    QJsonObject item = at >= 0 ? array->at(at).toObject() : QJsonObject {};
    if (at < 0 && !numeric)
        item.insert(QStringLiteral("type"), selector);
    put(&item, field, value);
    item.remove(QStringLiteral("type"));
    const bool empty = item.isEmpty();
    if (!numeric)
        item.insert(QStringLiteral("type"), selector);
    if (empty && at >= 0)
        array->removeAt(at);
    else if (!empty && at >= 0)
        (*array)[at] = item;
    else if (!empty)
        array->append(item);
}

} // namespace

void UndoBody::setPath(QJsonObject *payload, const QString &path, const QJsonValue &value)
{
    const QString top = topOf(path);
    if (top == path) {
        put(payload, path, value);
        return;
    }
    QString rest = path.mid(top.size());
    if (rest.startsWith(QLatin1Char('.'))) {
        QJsonObject sub = payload->value(top).toObject();
        put(&sub, rest.mid(1), value);
        put(payload, top, sub.isEmpty() ? QJsonValue() : QJsonValue(sub));
        return;
    }
    // "[selector]" with an optional ".field"
    const qsizetype close = rest.indexOf(QLatin1Char(']'));
    if (close < 0)
        return;
    const QString selector = rest.mid(1, close - 1);
    const QString field = rest.mid(close + 1).startsWith(QLatin1Char('.')) ? rest.mid(close + 2) : QString();
    QJsonArray array = payload->value(top).toArray();
    setInArray(&array, selector, field, value);
    put(payload, top, array.isEmpty() ? QJsonValue() : QJsonValue(array));
}

UndoBody UndoBody::restore(const QList<AttributeChange> &runChanges, const QByteArray &payloadAfterRun)
{
    UndoBody undo;
    const QJsonObject after = QJsonDocument::fromJson(payloadAfterRun).object();
    QJsonObject before = after;
    QSet<QString> touched;
    for (const AttributeChange &c : runChanges) {
        if (c.attribute == QLatin1String("active")) {
            if (c.oldValue.isBool())
                undo.setActive = c.oldValue.toBool();
            continue;
        }
        if (c.attribute == QLatin1String("userName") || c.attribute.startsWith(QLatin1String("schemas")))
            continue; // never sent on update
        setPath(&before, c.attribute, c.oldValue);
        touched.insert(topOf(c.attribute));
    }
    for (const QString &top : std::as_const(touched)) {
        if (before.contains(top))
            undo.body.insert(top, before.value(top));
    }
    undo.changes = PayloadDiff::compare(after, before);
    for (qsizetype i = undo.changes.size() - 1; i >= 0; --i) {
        const QString a = undo.changes.at(i).toObject().value(QStringLiteral("attribute")).toString();
        if (a == QLatin1String("userName") || a == QLatin1String("active"))
            undo.changes.removeAt(i);
    }
    undo.payload = QJsonDocument(before).toJson(QJsonDocument::Compact);
    // Added by the run: cleared where Zoom allows it, else kept (and said so).
    undo.note = ClearedAttributes::apply(after, before, &undo.body, &undo.changes, &undo.payload);
    if (!undo.body.isEmpty()) {
        const QString enterprise = QLatin1String(ZoomAttributes::EnterpriseSchema);
        QJsonArray schemas {QLatin1String(ZoomAttributes::CoreSchema)};
        if (undo.body.contains(enterprise))
            schemas.append(enterprise);
        undo.body.insert(QStringLiteral("schemas"), schemas);
    }
    if (undo.setActive)
        undo.changes.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
            {QStringLiteral("old"), !*undo.setActive}, {QStringLiteral("new"), *undo.setActive}});
    return undo;
}

} // namespace pd
