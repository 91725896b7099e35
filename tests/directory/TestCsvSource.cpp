#include "CsvReader.h"
#include "CsvSource.h"
#include "SourceTester.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString data(const char *name)
{
    return test::sourceDir() + QStringLiteral("/tests/directory/data/") + QLatin1String(name);
}

struct Read
{
    SourceReadResult result;
    QList<SourceRecord> records;
};

Read readAll(const CsvSettings &settings, const ReadOptions &options = {})
{
    CsvSource source(settings);
    Read r;
    r.result = source.read(
        [&r](SourceRecord &&record) {
            r.records.append(std::move(record));
            return true;
        },
        options);
    return r;
}

CsvSettings settingsFor(const char *file, const QString &key = QStringLiteral("employeeId"))
{
    CsvSettings s;
    s.file = data(file);
    s.keyColumn = key;
    return s;
}

QList<qint64> problemLines(const SourceReadResult &r)
{
    QList<qint64> lines;
    for (const SourceProblem &p : r.problems)
        lines << p.line;
    return lines;
}

} // namespace

class TestCsvSource : public QObject
{
    Q_OBJECT
private slots:
    void bomCrlfQuotedNewlinesAndNonAsciiNames()
    {
        CsvSettings s = settingsFor("people-bom-crlf.csv");
        s.disabledColumn = QStringLiteral("status");
        s.disabledValue = QStringLiteral("disabled");
        const Read r = readAll(s);
        QCOMPARE(r.result.status, SourceReadResult::Status::Completed);
        QVERIFY(r.result.problems.isEmpty());
        QCOMPARE(r.records.size(), 4);
        // The BOM is not part of the first column's name.
        QCOMPARE(r.result.attributeNames.constFirst(), QStringLiteral("employeeId"));
        QCOMPARE(r.records.at(0).key, QStringLiteral("E001"));
        QCOMPARE(r.records.at(0).value(u"givenName"), QStringLiteral("Zoë"));
        QCOMPARE(r.records.at(0).value(u"title"), QStringLiteral("Engineer, Platform"));
        QCOMPARE(r.records.at(1).value(u"familyName"), QStringLiteral("山田"));
        QCOMPARE(r.records.at(1).value(u"title"), QStringLiteral("Manager \"Ops\""));
        // A quoted CRLF inside a field becomes one newline; the record keeps its start line.
        QCOMPARE(r.records.at(2).value(u"title"), QStringLiteral("Head of\nSales"));
        QCOMPARE(r.records.at(2).line, 4);
        QCOMPARE(r.records.at(3).line, 6);
        QVERIFY(r.records.at(2).disabled);
        QVERIFY(!r.records.at(0).disabled);
        // An empty cell is an absent attribute; attribute names ignore case.
        QVERIFY(!r.records.at(3).has(u"title"));
        QCOMPARE(r.records.at(3).value(u"EMAIL"), QStringLiteral("bob.ng@example.com"));
    }

    void delimiterIsDetectedAndCanBeForced()
    {
        const Read semicolon = readAll(settingsFor("people-semicolon.csv"));
        QCOMPARE(semicolon.records.size(), 2);
        QCOMPARE(semicolon.records.at(0).value(u"department"), QStringLiteral("Vertrieb, Nord"));
        QCOMPARE(semicolon.records.at(1).value(u"department"), QStringLiteral("R&D; Labs"));
        QCOMPARE(semicolon.records.at(1).value(u"familyName"), QStringLiteral("de Vries"));
        QCOMPARE(CsvSource::inspect(data("people-semicolon.csv")).delimiter, QLatin1Char(';'));

        const Read tab = readAll(settingsFor("people-tab.tsv", QStringLiteral("id")));
        QCOMPARE(tab.records.size(), 1);
        QCOMPARE(tab.records.at(0).value(u"mail"), QStringLiteral("x.y@example.com"));

        // Forcing a comma on the semicolon file leaves one column, which is not the key column.
        CsvSettings forced = settingsFor("people-semicolon.csv");
        forced.delimiter = QLatin1Char(',');
        const Read wrong = readAll(forced);
        QCOMPARE(wrong.result.status, SourceReadResult::Status::Failed);
        QCOMPARE(wrong.result.error.cause, QStringLiteral("key-column"));
    }

    void duplicateKeysAreSkippedAndReported()
    {
        const Read r = readAll(settingsFor("people-duplicates.csv"));
        QCOMPARE(r.result.status, SourceReadResult::Status::Completed);
        QStringList keys;
        for (const SourceRecord &rec : r.records)
            keys << rec.key;
        QCOMPARE(keys,
            (QStringList {
                QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3"), QStringLiteral("D4")}));
        QCOMPARE(problemLines(r.result), (QList<qint64> {4, 7}));
        QVERIFY(r.result.problems.at(0).message.contains(QLatin1String("duplicate key \"D1\"")));
        QVERIFY(r.result.problems.at(0).message.contains(QLatin1String("line 2")));
        QVERIFY(r.result.problems.at(1).message.contains(QLatin1String("no key")));
        // A missing email is a record without that attribute, for the mapping to judge.
        QVERIFY(!r.records.at(2).has(u"email"));
    }

    void malformedRowsAreReportedWithLineNumbersAndSkipped()
    {
        const Read r = readAll(settingsFor("people-malformed.csv"));
        QCOMPARE(r.result.status, SourceReadResult::Status::Completed);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).key, QStringLiteral("M1"));
        QCOMPARE(r.records.at(1).key, QStringLiteral("M5"));
        QCOMPARE(problemLines(r.result), (QList<qint64> {3, 4, 5, 7}));
        QVERIFY(r.result.problems.at(0).message.contains(QLatin1String("6 fields")));
        QVERIFY(r.result.problems.at(1).message.contains(QLatin1String("closing quote")));
        QVERIFY(r.result.problems.at(3).message.contains(QLatin1String("never closed")));
        QCOMPARE(r.result.problems.at(3).origin, QStringLiteral("line 7"));
    }

    void invalidUtf8RowIsRefused()
    {
        const Read r = readAll(settingsFor("people-latin1-row.csv"));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.at(0).key, QStringLiteral("L2"));
        QCOMPARE(problemLines(r.result), (QList<qint64> {2}));
        QVERIFY(r.result.problems.at(0).message.contains(QLatin1String("UTF-8")));
    }

    void headerOnlyIsZeroPeopleAndEmptyFileFails()
    {
        const Read header = readAll(settingsFor("header-only.csv"));
        QCOMPARE(header.result.status, SourceReadResult::Status::Completed);
        QCOMPARE(header.records.size(), 0);
        QVERIFY(header.result.problems.isEmpty());

        // An empty file must never read as "nobody": that would deprovision everyone.
        const Read empty = readAll(settingsFor("empty.csv"));
        QCOMPARE(empty.result.status, SourceReadResult::Status::Failed);
        QCOMPARE(empty.result.error.cause, QStringLiteral("empty"));

        const Read missing = readAll(settingsFor("no-such-file.csv"));
        QCOMPARE(missing.result.status, SourceReadResult::Status::Failed);
        QCOMPARE(missing.result.error.cause, QStringLiteral("file"));
    }

    void missingDisabledColumnFails()
    {
        CsvSettings s = settingsFor("people-semicolon.csv");
        s.disabledColumn = QStringLiteral("status");
        s.disabledValue = QStringLiteral("x");
        const Read r = readAll(s);
        QCOMPARE(r.result.error.cause, QStringLiteral("disabled-column"));
        QVERIFY(r.result.error.fix.contains(QLatin1String("employeeId")));
    }

    void readerEdgeCases()
    {
        // Lone CR line ends, an empty quoted field, a trailing delimiter and no final newline.
        QByteArray bytes("a,b,c\r1,\"\",3\r\r4,\"x\ny\",\n\"q\"\"q\",,");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRow row;
        QList<QStringList> rows;
        QList<qint64> lines;
        while (reader.next(&row)) {
            QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
            rows << row.fields;
            lines << row.line;
        }
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1), (QStringList {QStringLiteral("1"), QString(), QStringLiteral("3")}));
        QCOMPARE(rows.at(2), (QStringList {QStringLiteral("4"), QStringLiteral("x\ny"), QString()}));
        QCOMPARE(rows.at(3), (QStringList {QStringLiteral("q\"q"), QString(), QString()}));
        QCOMPARE(lines, (QList<qint64> {1, 2, 4, 6}));
    }

    void sourceTestGivesCountSampleAndProblems()
    {
        CsvSource source(settingsFor("people-malformed.csv"));
        const SourceTestResult t = SourceTester::test(source, 1);
        QVERIFY(t.ok());
        QCOMPARE(t.count, 2);
        QCOMPARE(t.sample.size(), 1);
        QCOMPARE(t.read.problems.size(), 4);
        QVERIFY(t.attributeNames.contains(QStringLiteral("givenName")));

        CsvSource again(settingsFor("people-bom-crlf.csv"));
        const QList<SourceRecord> found = SourceTester::find(again, QStringLiteral("山田"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).key, QStringLiteral("E002"));
    }

    void largeFileStreamsWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk = "employeeId,email,givenName,familyName,department,title\n";
            for (int i = 0; i < 100000; ++i) {
                chunk += "E" + QByteArray::number(i) + ",user" + QByteArray::number(i)
                    + "@example.com,Given,\"Family, " + QByteArray::number(i) + "\",Dept "
                    + QByteArray::number(i % 50) + ",Engineer\n";
                if (chunk.size() > 1 << 20) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
        }
        CsvSettings s;
        s.file = path;
        s.keyColumn = QStringLiteral("employeeId");
        int progressCalls = 0;
        ReadOptions options;
        options.progress = [&](const ReadProgress &p) {
            ++progressCalls;
            QVERIFY(p.total > 0);
            QVERIFY(p.records >= 0);
        };
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        CsvSource source(s);
        const SourceReadResult r = source.read(
            [&count](SourceRecord &&) {
                ++count;
                return true;
            },
            options);
        const qint64 ms = timer.elapsed();
        qInfo("CSV: 100000 records parsed in %lld ms", ms);
        QCOMPARE(r.status, SourceReadResult::Status::Completed);
        QCOMPARE(count, 100000);
        QVERIFY(progressCalls > 10);
        QVERIFY2(ms < 20000, "reading 100k CSV records must take seconds, not minutes");

        // Cancel from "another thread" (the flag is shared): the read stops promptly.
        ReadOptions cancelling;
        qint64 seen = 0;
        const SourceReadResult c = source.read(
            [&](SourceRecord &&) {
                if (++seen == 1000)
                    cancelling.cancel.cancel();
                return true;
            },
            cancelling);
        QCOMPARE(c.status, SourceReadResult::Status::Cancelled);
        QVERIFY(seen < 1100);

        ReadOptions sample;
        sample.maxRecords = 5;
        seen = 0;
        const SourceReadResult limited = source.read(
            [&](SourceRecord &&) {
                ++seen;
                return true;
            },
            sample);
        QCOMPARE(limited.status, SourceReadResult::Status::Stopped);
        QCOMPARE(seen, 5);
    }
};

QTEST_GUILESS_MAIN(TestCsvSource)
#include "TestCsvSource.moc"
