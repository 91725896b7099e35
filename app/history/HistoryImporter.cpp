#include "HistoryImporter.h"
#include "Translations.h"

#include "CsvCodec.h"
#include "HistoryJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::HistoryImporter", "History"}, text);
}

QJsonObject jsonCell(const QString &cell)
{
    return QJsonDocument::fromJson(cell.toUtf8()).object();
}

} // namespace

bool HistoryImporter::read(QIODevice *in, Content *content, QString *error)
{
    *content = Content();
    const QByteArray start = in->peek(8);
    const qsizetype skip = start.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (start.size() > skip && start.at(skip) == '{')
        return readJson(in, content, error);
    return readCsv(in, content, error);
}

bool HistoryImporter::readJson(QIODevice *in, Content *content, QString *error)
{
    content->format = HistoryExporter::Format::Json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("provisiondesk-history")) {
        *error = tr("not a ProvisionDesk history export");
        return false;
    }
    const QString kind = root.value(QLatin1String("kind")).toString();
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    if (kind == HistoryExporter::kindToString(HistoryExporter::Kind::Runs)) {
        content->kind = HistoryExporter::Kind::Runs;
        for (const QJsonValue &v : items) {
            RunRecord r;
            if (!HistoryJson::runFromJson(v.toObject(), &r, error))
                return false;
            content->runs.append(r);
        }
        return true;
    }
    if (kind != HistoryExporter::kindToString(HistoryExporter::Kind::Events)) {
        *error = tr("unknown kind \"%1\"").arg(kind);
        return false;
    }
    content->kind = HistoryExporter::Kind::Events;
    for (const QJsonValue &v : items) {
        HistoryEvent e;
        if (!HistoryJson::eventFromJson(v.toObject(), &e, error))
            return false;
        content->events.append(e);
    }
    return true;
}

bool HistoryImporter::readCsv(QIODevice *in, Content *content, QString *error)
{
    content->format = HistoryExporter::Format::Csv;
    CsvCodec csv(in);
    QStringList header;
    if (!csv.readRecord(&header)) {
        *error = csv.errorString().isEmpty() ? tr("the file is empty") : csv.errorString();
        return false;
    }
    const bool runs = header == HistoryExporter::runColumns();
    if (!runs && header != HistoryExporter::eventColumns()) {
        *error = tr("the header row is not that of a ProvisionDesk history export");
        return false;
    }
    content->kind = runs ? HistoryExporter::Kind::Runs : HistoryExporter::Kind::Events;
    QStringList f;
    int line = 1;
    while (csv.readRecord(&f)) {
        ++line;
        if (f.size() == 1 && f.constFirst().isEmpty())
            continue; // a blank line
        if (f.size() != header.size()) {
            *error = tr("record %1 has %2 fields instead of %3").arg(line).arg(f.size()).arg(header.size());
            return false;
        }
        // Through the JSON form, so both formats share one set of checks.
        if (runs) {
            const QJsonObject o {{QStringLiteral("id"), f.at(0).toLongLong()},
                {QStringLiteral("connectionId"), f.at(1)}, {QStringLiteral("connectionName"), f.at(2)},
                {QStringLiteral("trigger"), f.at(3)},
                {QStringLiteral("dryRun"), f.at(4) == QLatin1String("true")},
                {QStringLiteral("fullResync"), f.at(5) == QLatin1String("true")},
                {QStringLiteral("startedAt"), f.at(6)},
                {QStringLiteral("finishedAt"), f.at(7).isEmpty() ? QJsonValue() : QJsonValue(f.at(7))},
                {QStringLiteral("outcome"), f.at(8)}, {QStringLiteral("counts"), jsonCell(f.at(15))},
                {QStringLiteral("requests"), jsonCell(f.at(16))}, {QStringLiteral("message"), f.at(17)}};
            RunRecord r;
            if (!HistoryJson::runFromJson(o, &r, error)) {
                *error = tr("record %1: %2").arg(line).arg(*error);
                return false;
            }
            content->runs.append(r);
        } else {
            const QJsonObject o {{QStringLiteral("id"), f.at(0).toLongLong()},
                {QStringLiteral("runId"), f.at(1).toLongLong()}, {QStringLiteral("at"), f.at(2)},
                {QStringLiteral("connectionName"), f.at(3)}, {QStringLiteral("sourceKey"), f.at(4)},
                {QStringLiteral("userName"), f.at(5)}, {QStringLiteral("operation"), f.at(6)},
                {QStringLiteral("result"), f.at(7)}, {QStringLiteral("httpStatus"), f.at(8).toInt()},
                {QStringLiteral("detail"), f.at(9)},
                {QStringLiteral("changes"), QJsonDocument::fromJson(f.at(10).toUtf8()).array()}};
            HistoryEvent e;
            if (!HistoryJson::eventFromJson(o, &e, error)) {
                *error = tr("record %1: %2").arg(line).arg(*error);
                return false;
            }
            content->events.append(e);
        }
    }
    if (!csv.errorString().isEmpty()) {
        *error = tr("record %1: %2").arg(line + 1).arg(csv.errorString());
        return false;
    }
    return true;
}

} // namespace pd
