#include "ApprovedRemoval.h"
#include "Translations.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::ApprovedRemoval", "ApprovedRemoval"}, text);
}

using Kind = PlannedOperation::Kind;

// Only what the removal guard holds can be approved.
std::optional<Kind> approvableKind(const QString &name)
{
    for (Kind k : {Kind::RemoveDisable, Kind::RemoveDelete, Kind::Disable}) {
        if (PlannedOperation::kindToString(k) == name)
            return k;
    }
    return std::nullopt;
}

} // namespace

ApprovedRemoval ApprovedRemoval::of(const PlannedOperation &op)
{
    return ApprovedRemoval {op.sourceKey, op.kind, op.zoomId, op.userName};
}

bool ApprovedRemoval::matches(const PlannedOperation &op) const
{
    return op.sourceKey == sourceKey && op.kind == kind && op.zoomId == zoomId
        && op.userName.compare(userName, Qt::CaseInsensitive) == 0;
}

QString ApprovedRemoval::describe() const
{
    return QStringLiteral("%1 %2").arg(PlannedOperation::kindToString(kind), userName);
}

QList<ApprovedRemoval> ApprovedRemoval::listFromReportJson(const QJsonObject &report, QString *error)
{
    const QJsonValue held = report.value(QStringLiteral("held"));
    if (!held.isArray()) {
        *error = tr("it has no \"held\" list; give the JSON that `sync NAME --dry-run --json` printed");
        return {};
    }
    QList<ApprovedRemoval> list;
    const QJsonArray entries = held.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const auto text = [&e](const char *key) { return e.value(QLatin1String(key)); };
        const std::optional<Kind> kind = approvableKind(text("operation").toString());
        if (!entries.at(i).isObject() || !text("sourceKey").isString()
            || text("sourceKey").toString().isEmpty() || !text("userName").isString()
            || !text("zoomId").isString() || !kind) {
            *error = tr("held entry %1 needs sourceKey, userName, zoomId and an operation of "
                        "remove-disable, remove-delete or disable")
                         .arg(i + 1);
            return {};
        }
        list.append(
            {text("sourceKey").toString(), *kind, text("zoomId").toString(), text("userName").toString()});
    }
    return list;
}

QJsonObject ApprovedRemoval::toJson() const
{
    return QJsonObject {{QStringLiteral("sourceKey"), sourceKey},
        {QStringLiteral("operation"), PlannedOperation::kindToString(kind)},
        {QStringLiteral("zoomId"), zoomId}, {QStringLiteral("userName"), userName}};
}

} // namespace pd
