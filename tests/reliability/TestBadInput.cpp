#include "HistoryQuery.h"
#include "ReliabilityChecks.h"
#include "ReliabilityLine.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

// Bad input never loses anything: a sync over a broken CSV changes nothing in Zoom and nothing in
// managed_users for the people already provisioned, and says what is wrong. The reader-level cases
// (line numbers, exact messages) are in tests/directory/TestCsvSource.cpp, LDAP errors in
// TestLdapSource.cpp, and broken connection files in tests/cli/TestCliConnections.cpp; these add the
// end-to-end "nothing lost" proof and the connection-file cases those do not cover.
namespace {

constexpr int baseline = 10;

QByteArray csvBytes(const QList<Person> &list, const QByteArray &eol = "\n")
{
    QByteArray bytes = "key,email,first,last,title,status" + eol;
    for (const Person &p : list)
        bytes += QStringLiteral("%1,%2,%3,%4,%5,%6")
                     .arg(p.key, p.email, p.first, p.last, p.title, p.status)
                     .toUtf8()
            + eol;
    return bytes;
}

QByteArray row(const Person &p)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6\n")
        .arg(p.key, p.email, p.first, p.last, p.title, p.status)
        .toUtf8();
}

QJsonObject exampleFile()
{
    QFile f(sourceDir() + QStringLiteral("/docs/examples/zoom-connection.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    // The managed rows and Zoom accounts of the baseline people, as one comparable text.
    QString snapshot(SyncFixture &f)
    {
        QStringList lines;
        QSqlQuery q(f.database().handle());
        if (!q.exec(QStringLiteral("SELECT source_key, zoom_id, user_name, status, payload_hash FROM "
                                   "managed_users ORDER BY source_key")))
            return QStringLiteral("query failed");
        while (q.next())
            lines << QStringLiteral("row %1 %2 %3 %4 %5")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        const QJsonArray all = m_server.users();
        for (const QJsonValue &v : all) {
            QJsonObject u = v.toObject();
            u.remove(QStringLiteral("meta"));
            lines << QStringLiteral("zoom ")
                    + QString::fromUtf8(QJsonDocument(u).toJson(QJsonDocument::Compact));
        }
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }

    // What the run told the admin: its message, its log and every event's detail.
    static QString told(SyncFixture &f, const SyncReport &r, const QStringList &log)
    {
        QString text = r.message + QLatin1Char('\n') + log.join(QLatin1Char('\n'));
        for (const HistoryEvent &e : HistoryQuery(f.database().handle()).runEvents(r.runId, 0, 100000))
            text += QLatin1Char('\n') + e.detail;
        return text;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void csv_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("names"); // what the run must say (case-insensitive); empty: nothing
        const QList<Person> ps = people(baseline);
        QTest::newRow("bom-crlf") << "bom-crlf" << QByteArray("\xEF\xBB\xBF" + csvBytes(ps, "\r\n"))
                                  << QString();
        QTest::newRow("empty-file") << "empty-file" << QByteArray() << "empty";
        QTest::newRow("header-only") << "header-only" << csvBytes({}) << "";
        {
            // A quote never closed swallows the rest of the file: the people after it must not go.
            QByteArray b = csvBytes(ps.mid(0, 5));
            b += "bad-1,\"bad@example.com,Un,Closed,Quote,Active\n";
            b += csvBytes(ps.mid(5)).mid(int(qstrlen("key,email,first,last,title,status\n")));
            QTest::newRow("unbalanced-quote") << "unbalanced-quote" << b << "closed";
        }
        {
            QByteArray b = csvBytes(ps);
            b.replace(QByteArray("First3"), QByteArray("Fran\xE7oise")); // Latin-1 in a UTF-8 file
            QTest::newRow("invalid-utf8") << "invalid-utf8" << b << "UTF-8";
        }
        {
            Person twin = ps.at(4);
            twin.first = QStringLiteral("Impostor");
            QTest::newRow("duplicate-key")
                << "duplicate-key" << QByteArray(csvBytes(ps) + row(twin)) << "duplicate key";
        }
        {
            Person other = people(1, QStringLiteral("dup")).first();
            other.email = ps.at(2).email; // another person with someone's email
            QTest::newRow("duplicate-email")
                << "duplicate-email" << QByteArray(csvBytes(ps) + row(other)) << ps.at(2).email;
        }
        {
            Person huge = people(1, QStringLiteral("huge")).first();
            huge.title = QString(10 * 1024 * 1024, QLatin1Char('x'));
            QTest::newRow("10mb-line") << "10mb-line" << QByteArray(csvBytes(ps) + row(huge)) << "";
        }
    }

    void csv()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, names);
        ReliabilityLine line(QStringLiteral("bad-input"), QStringLiteral("csv-") + cell);
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        // Header only is a valid "nobody": the everyday removal guard holds that. Every other cell runs
        // with the fixture's guard off: a broken row must not remove anyone by itself.
        if (cell == QLatin1String("header-only")) {
            f.connection().removalGuard = RemovalGuard {};
            QVERIFY(f.saveConnection());
        }
        f.writeCsv(people(baseline));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        const QString before = snapshot(f);
        QVERIFY(m_server.resetStats());

        QFile csv(f.csvPath());
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(csv.write(bytes), bytes.size());
        csv.close();
        QStringList log;
        const SyncReport r = ReliabilityChecks::runCapturingLog(f.request(), &log);
        line.setDetail(ReliabilityChecks::summary(r));

        QString problem = ReliabilityChecks::endedCleanly(r);
        if (r.outcome == RunOutcome::Held && !r.message.isEmpty())
            problem.clear(); // removals held for approval: a clean stop too
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = ReliabilityChecks::historyTellsWhatHappened(f, r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString text = told(f, r, log);
        QVERIFY2(text.contains(names, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("the run does not name \"%1\": %2").arg(names, text.left(600))));

        // Nothing lost: the baseline people are exactly as they were, here and in Zoom.
        QString after = snapshot(f);
        if (cell == QLatin1String("10mb-line")) {
            // The new person may have been created; only the baseline must be untouched.
            QStringList kept;
            for (const QString &l : after.split(QLatin1Char('\n')))
                if (!l.contains(QLatin1String("huge-")))
                    kept << l;
            after = kept.join(QLatin1Char('\n'));
        }
        QCOMPARE(after, before);
        if (cell != QLatin1String("10mb-line"))
            QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 0);
    }

    void connectionFile_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("names");
        const QJsonObject good = exampleFile();
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        QJsonObject wrongNested = good;
        QJsonObject rate = good.value(QStringLiteral("rateLimit")).toObject();
        rate.insert(QStringLiteral("concurrency"), QStringLiteral("four"));
        wrongNested.insert(QStringLiteral("rateLimit"), rate);
        QJsonObject unknownNested = good;
        QJsonObject actions = good.value(QStringLiteral("actions")).toObject();
        actions.insert(QStringLiteral("deleteEveryone"), true);
        unknownNested.insert(QStringLiteral("actions"), actions);
        QJsonObject nameNumber = good;
        nameNumber.insert(QStringLiteral("name"), 42);
        QTest::newRow("truncated-json")
            << "truncated-json" << QJsonDocument(good).toJson().left(60) << "JSON";
        QTest::newRow("wrong-type") << "wrong-type" << QJsonDocument(wrongType).toJson() << "enabled";
        QTest::newRow("wrong-type-nested")
            << "wrong-type-nested" << QJsonDocument(wrongNested).toJson() << "concurrency";
        QTest::newRow("name-is-a-number")
            << "name-is-a-number" << QJsonDocument(nameNumber).toJson() << "name";
        QTest::newRow("unknown-nested-key")
            << "unknown-nested-key" << QJsonDocument(unknownNested).toJson() << "deleteEveryone";
        QTest::newRow("empty-file") << "empty-file" << QByteArray() << "JSON";
    }

    void connectionFile()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, content);
        QFETCH(QString, names);
        ReliabilityLine line(QStringLiteral("bad-input"), QStringLiteral("connection-file-") + cell);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        // A good connection first: a broken import must leave it as it was.
        QFile good(dir.filePath(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(exampleFile()).toJson());
        good.close();
        const QStringList secretEnv {QStringLiteral("PD_BAD_INPUT_SECRET=not-a-real-secret")};
        ProcessResult r = runCli(
            {QStringLiteral("--data-dir"), data, QStringLiteral("connection"), QStringLiteral("import"),
                good.fileName(), QStringLiteral("--secret-env"), QStringLiteral("PD_BAD_INPUT_SECRET")},
            secretEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ProcessResult before = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("connection"),
            QStringLiteral("export"), exampleFile().value(QStringLiteral("name")).toString()});

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(content);
        bad.close();
        r = runCli(
            {QStringLiteral("--data-dir"), data, QStringLiteral("connection"), QStringLiteral("import"),
                bad.fileName(), QStringLiteral("--secret-env"), QStringLiteral("PD_BAD_INPUT_SECRET")},
            secretEnv);
        line.setDetail(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err.simplified().left(200)));
        QVERIFY2(r.exitCode != 0, "a broken connection file was accepted");
        QVERIFY2(r.err.contains(names, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("not-a-real-secret")));
        const ProcessResult after = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("connection"),
            QStringLiteral("export"), exampleFile().value(QStringLiteral("name")).toString()});
        QCOMPARE(after.exitCode, before.exitCode);
        QCOMPARE(after.out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
