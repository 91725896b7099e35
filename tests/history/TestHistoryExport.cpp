#include "CsvCodec.h"
#include "Database.h"
#include "HistoryExporter.h"
#include "HistoryFixtures.h"
#include "HistoryImporter.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using O = HistoryOperation;
using R = HistoryResult;
using Format = HistoryExporter::Format;

Q_DECLARE_METATYPE(pd::HistoryExporter::Format)

namespace {
const QUuid prod(QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}"));

HistoryImporter::Content readBack(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    HistoryImporter::Content content;
    if (!HistoryImporter::read(&buffer, &content, error))
        content.kind = HistoryExporter::Kind::Runs; // so that a caller comparing events fails loudly
    return content;
}
} // namespace

// Exports hold everything the history knows: written, read back, compared field by field.
class TestHistoryExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_run = 0;
    qint64 m_open = 0;
    std::unique_ptr<HistoryRecorder> m_live;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
        HistoryRecorder rec(m_db->handle());
        m_run = rec.startRun(test::run(prod, QStringLiteral("Prod, \"EU\""), RunTrigger::Cli, false, true));
        const QList<HistoryEvent> awkward {
            test::event(QStringLiteral("E1"), QStringLiteral("jane@example.com"), O::Create, R::Success, 201,
                {},
                {{QStringLiteral("name.givenName"), QJsonValue(), QStringLiteral("Jane")},
                    {QStringLiteral("emails[work].value"), QStringLiteral("old@example.com"),
                        QStringLiteral("jane@example.com")},
                    {QStringLiteral("active"), false, true},
                    {QStringLiteral("phoneNumbers"), QJsonArray {QStringLiteral("+1 555"), 2},
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("work")}}}}),
            test::event(QStringLiteral("E,2"), QStringLiteral("o\"mar@example.com"), O::Update, R::Failed,
                400, QStringLiteral("Zoom said: \"Invalid field\", line one\r\nline two\nand three")),
            test::event(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+cmd@example.com"), O::Skip,
                R::Skipped, 0, QStringLiteral("-starts with a minus")),
            test::event(QStringLiteral("'=already quoted"), QStringLiteral("@at"), O::RemoveDelete, R::Held,
                0, QStringLiteral("'plain apostrophe")),
            test::event(QStringLiteral("E5"), QStringLiteral("zoë.日本@example.com"), O::Reactivate,
                R::Success, 204, QStringLiteral("emoji 🎉 and tab\tinside")),
            test::event({}, {}, O::Error, R::Failed, 0, {}),
        };
        for (const HistoryEvent &e : awkward)
            rec.recordEvent(e);
        rec.countRequest(QStringLiteral("POST"), 3);
        rec.countRequest(QStringLiteral("PATCH"));
        QVERIFY(rec.finishRun(RunOutcome::Partial, QStringLiteral("2 users failed,\nsee below")));

        // A dry run, and a run still running (no finish time).
        QVERIFY(rec.startRun(test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, true)) > 0);
        rec.recordEvent(
            test::event(QStringLiteral("E1"), QStringLiteral("jane@example.com"), O::Update, R::Planned));
        QVERIFY(rec.finishRun(RunOutcome::Succeeded));
        m_live = std::make_unique<HistoryRecorder>(m_db->handle());
        m_open = m_live->startRun(test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui));
        QVERIFY(m_open > 0);
    }

    void cleanupTestCase()
    {
        m_live.reset();
        m_db->close();
    }

    void runEventsRoundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("csv") << Format::Csv;
        QTest::newRow("json") << Format::Json;
    }

    void runEventsRoundTrip()
    {
        QFETCH(Format, format);
        HistoryQuery query(m_db->handle());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(HistoryExporter::exportRunEvents(query, m_run, &out, format, &error), qPrintable(error));

        const HistoryImporter::Content back = readBack(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.format, format);
        QCOMPARE(back.kind, HistoryExporter::Kind::Events);
        QList<HistoryEvent> expected = query.runEvents(m_run);
        QCOMPARE(expected.size(), 6);
        for (HistoryEvent &e : expected)
            e.connectionName = QStringLiteral("Prod, \"EU\"");
        QCOMPARE(back.events.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const HistoryEvent &a = back.events.at(i), &b = expected.at(i);
            QCOMPARE(a.sourceKey, b.sourceKey);
            QCOMPARE(a.userName, b.userName);
            QCOMPARE(a.detail, b.detail);
            QCOMPARE(a.changes, b.changes);
            QCOMPARE(a.at, b.at);
            QCOMPARE(a, b); // and every other field
        }
    }

    void runsRoundTrip_data() { runEventsRoundTrip_data(); }

    void runsRoundTrip()
    {
        QFETCH(Format, format);
        HistoryQuery query(m_db->handle());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(HistoryExporter::exportRuns(query, {}, &out, format, &error));
        const HistoryImporter::Content back = readBack(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.kind, HistoryExporter::Kind::Runs);
        RunFilter all;
        all.limit = 0;
        const QList<RunRecord> expected = query.runs(all);
        QCOMPARE(expected.size(), 3);
        QCOMPARE(back.runs, expected);
        QVERIFY(!back.runs.at(0).finishedAt.isValid()); // the open run, newest
        QCOMPARE(back.runs.at(2).requests.value(QStringLiteral("POST")), 3);
        QVERIFY(back.runs.at(1).dryRun);
    }

    void userTimelineRoundTrip()
    {
        HistoryQuery query(m_db->handle());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(HistoryExporter::exportUserTimeline(
            query, QStringLiteral("JANE@example.com"), {}, &out, Format::Csv, &error));
        const HistoryImporter::Content back = readBack(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.events, query.userTimeline(QStringLiteral("jane@example.com")));
        QCOMPARE(back.events.size(), 2);
        QCOMPARE(back.events.at(1).connectionName, QStringLiteral("Prod, \"EU\""));
    }

    void csvIsRfc4180()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        HistoryExporter ex(&out, Format::Csv, HistoryExporter::Kind::Events);
        QVERIFY(ex.begin());
        HistoryEvent e = test::event(QStringLiteral("k,1"), QStringLiteral("a\"b"), O::Update, R::Failed, 400,
            QStringLiteral("line1\r\nline2"));
        e.id = 7;
        e.runId = 3;
        e.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        QVERIFY(ex.writeEvent(e));
        QVERIFY(ex.end());
        const QByteArray bytes = out.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "event_id,run_id,time,connection,source_key,user_name,operation,"
                                 "result,http_status,detail,changes\r\n"));
        QVERIFY(bytes.endsWith("7,3,2026-01-02T03:04:05.006Z,,\"k,1\",\"a\"\"b\",update,failed,400,"
                               "\"line1\r\nline2\",[]\r\n"));
        // Formula-looking cells cannot run in a spreadsheet, and still read back as they were.
        QCOMPARE(CsvCodec::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvCodec::field(QStringLiteral("-5")), QStringLiteral("'-5"));
        QCOMPARE(CsvCodec::field(QStringLiteral("'=x")), QStringLiteral("''=x"));
        QCOMPARE(CsvCodec::field(QStringLiteral("'plain")), QStringLiteral("'plain"));
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("foreign csv") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral("header");
        QTest::newRow("open quote") << QByteArray(
            "event_id,run_id,time,connection,source_key,user_name,operation,"
            "result,http_status,detail,changes\r\n1,1,\"2026")
                                    << QStringLiteral("quoted");
        QTest::newRow("short record") << QByteArray("event_id,run_id,time,connection,source_key,user_name,"
                                                    "operation,result,http_status,detail,changes\r\n1,2\r\n")
                                      << QStringLiteral("fields");
        QTest::newRow("unknown operation")
            << QByteArray("{\"format\":\"provisiondesk-history\",\"kind\":\"events\",\"items\":[{\"at\":"
                          "\"2026-01-01T00:00:00.000Z\",\"operation\":\"explode\",\"result\":\"success\"}]}")
            << QStringLiteral("explode");
        QTest::newRow("foreign json")
            << QByteArray("{\"items\":[]}") << QStringLiteral("not a ProvisionDesk");
        QTest::newRow("broken json") << QByteArray("{\"format\":") << QStringLiteral("JSON");
    }

    void malformedInputIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        HistoryImporter::Content content;
        QString error;
        QVERIFY(!HistoryImporter::read(&buffer, &content, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "TestHistoryExport.moc"
