#include "ConnectionJson.h"
#include "CsvReader.h"
#include "OutboundRule.h"
#include "RuleEvaluator.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString path(const QString &relative)
{
    return test::sourceDir() + QLatin1Char('/') + relative;
}

OutboundRule csvRule(const QString &file)
{
    SourceSettings source;
    source.csv.file = file;
    source.csv.keyColumn = QStringLiteral("employeeId");
    OutboundRule rule = OutboundRule::withDefaults(source, CsvSource::inspect(file).columns);
    return rule;
}

QList<QStringList> parseCsv(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    CsvRow row;
    while (reader.next(&row))
        rows << row.fields;
    return rows;
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void duplicatesAndMissingEmailsAreInvalidWithReasons()
    {
        const OutboundRule rule = csvRule(path(QStringLiteral("tests/directory/data/people-duplicates.csv")));
        QCOMPARE(
            rule.mapping.source(ZoomAttribute::UserName), MappingSource::attribute(QStringLiteral("email")));
        const RuleEvaluator evaluator(rule);
        std::unique_ptr<UserSource> source = rule.createSource();
        const RuleRunResult run = evaluator.run(*source);
        QVERIFY(run.ok());
        // D1 and D2 share an email; D3 has none; line 4 repeats key D1; line 7 has no key; D4 is fine.
        QCOMPARE(run.inScope, 1);
        QCOMPARE(run.outOfScope, 0);
        QCOMPARE(run.invalid, 5);
        QCOMPARE(run.rows.size(), 6);
        QStringList origins;
        for (const RuleRunRow &r : run.rows)
            origins << r.origin;
        QCOMPARE(origins,
            (QStringList {QStringLiteral("line 2"), QStringLiteral("line 3"), QStringLiteral("line 4"),
                QStringLiteral("line 5"), QStringLiteral("line 6"), QStringLiteral("line 7")}));
        QVERIFY(run.rows.at(0).reasons.join(QString()).contains(QLatin1String("also used by line 3")));
        QVERIFY(run.rows.at(1).reasons.join(QString()).contains(QLatin1String("also used by line 2")));
        QVERIFY(run.rows.at(2).reasons.join(QString()).contains(QLatin1String("duplicate key")));
        QVERIFY(run.rows.at(3).reasons.join(QString()).contains(QLatin1String("Username: no value")));
        QCOMPARE(run.rows.at(4).outcome, RuleDecision::Outcome::InScope);
        QVERIFY(!run.rows.at(4).hash.isEmpty());
        QVERIFY(run.rows.at(0).hash.isEmpty()); // nothing to send for invalid rows
    }

    void documentedCsvExampleEndToEnd()
    {
        QFile f(path(QStringLiteral("docs/examples/connection-csv.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Connection c;
        QVERIFY(ConnectionJson::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &c).isEmpty());
        OutboundRule rule;
        QVERIFY(OutboundRule::fromConnection(c, &rule).isEmpty());
        rule.source.csv.file = path(QStringLiteral("docs/examples/zoom-users.csv"));
        const RuleEvaluator evaluator(rule);
        std::unique_ptr<UserSource> source = rule.createSource();
        const RuleRunResult run = evaluator.run(*source);
        QVERIFY(run.ok());
        QCOMPARE(run.inScope, 3);
        QCOMPARE(run.outOfScope, 1); // the contractor
        QCOMPARE(run.invalid, 0);
        QCOMPARE(run.disabled, 1); // Terminated
        QVERIFY(run.rows.at(3).reasons.constFirst().contains(QLatin1String("Contractor")));

        SourceRecord jill;
        CsvSource csv(rule.source.csv);
        csv.read([&jill](SourceRecord &&r) {
            jill = std::move(r);
            return false;
        });
        const MappedUser u = evaluator.mapper().map(jill);
        QVERIFY(u.isValid());
        QCOMPARE(u.createBody.value(QStringLiteral("userName")).toString(),
            QStringLiteral("jill.chill@example.com"));
        QCOMPARE(u.createBody.value(QStringLiteral("userType")).toString(), QStringLiteral("Licensed"));
        QCOMPARE(u.createBody.value(QStringLiteral("locale")).toString(), QStringLiteral("en-US"));
        QCOMPARE(u.createBody.value(QStringLiteral("roles")).toArray().size(), 2);
    }

    void exportIsCsvWithEveryRow()
    {
        const OutboundRule rule = csvRule(path(QStringLiteral("tests/directory/data/people-malformed.csv")));
        const RuleEvaluator evaluator(rule);
        std::unique_ptr<UserSource> source = rule.createSource();
        const RuleRunResult run = evaluator.run(*source);
        const QList<QStringList> rows = parseCsv(run.toCsv());
        QCOMPARE(rows.size(), 1 + 6);
        QCOMPARE(rows.at(0),
            (QStringList {QStringLiteral("outcome"), QStringLiteral("key"), QStringLiteral("origin"),
                QStringLiteral("userName"), QStringLiteral("active"), QStringLiteral("reasons"),
                QStringLiteral("warnings")}));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("in-scope"));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("m1@example.com"));
        QCOMPARE(rows.at(2).at(0), QStringLiteral("invalid"));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("line 3"));
        QVERIFY(rows.at(2).at(5).contains(QLatin1String("6 fields")));
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), 7);
    }

    void exportNeutralisesFormulas()
    {
        RuleRunResult run;
        RuleRunRow row;
        row.outcome = RuleDecision::Outcome::Invalid;
        row.key = QStringLiteral("=HYPERLINK(\"x\")");
        row.reasons << QStringLiteral("a, \"b\"\nc");
        run.rows << row;
        const QList<QStringList> rows = parseCsv(run.toCsv());
        QCOMPARE(rows.at(1).at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("a, \"b\"\nc"));
    }

    void aBadMappingMakesEveryoneInvalidButReadsTheSource()
    {
        OutboundRule rule = csvRule(path(QStringLiteral("tests/directory/data/people-bom-crlf.csv")));
        rule.mapping.set(ZoomAttribute::UserName, MappingSource::expression(QStringLiteral("lower(")));
        const RuleRunResult run = RuleEvaluator(rule).run(*rule.createSource());
        QVERIFY(run.ok());
        QCOMPARE(run.invalid, 4);
        QVERIFY(!run.mappingProblems.isEmpty());
    }

    void hundredThousandRecordsInTime()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk = "employeeId,email,givenName,familyName,department,phone,status\n";
            for (int i = 0; i < 100000; ++i) {
                chunk += "E" + QByteArray::number(i) + ",user" + QByteArray::number(i)
                    + "@example.com,Given,Family" + QByteArray::number(i) + ",Dept "
                    + QByteArray::number(i % 50) + ",512-555-" + QByteArray::number(1000 + i % 9000)
                    + (i % 10 ? ",Active\n" : ",Disabled\n");
                if (chunk.size() > 1 << 20) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
        }
        OutboundRule rule = csvRule(file);
        rule.source.csv.disabledColumn = QStringLiteral("status");
        rule.source.csv.disabledValue = QStringLiteral("Disabled");
        rule.mapping.setDefaultCountryCode(QStringLiteral("1"));
        rule.filter.conditions = {
            {QStringLiteral("department"), FilterCondition::Operator::NotEquals, QStringLiteral("Dept 7")}};
        QElapsedTimer timer;
        timer.start();
        const RuleRunResult run = RuleEvaluator(rule).run(*rule.createSource());
        const qint64 ms = timer.elapsed();
        qInfo("Rule over 100000 CSV records (read, filter, map, hash): %lld ms", ms);
        QVERIFY(run.ok());
        QCOMPARE(run.inScope, 98000);
        QCOMPARE(run.outOfScope, 2000);
        QCOMPARE(run.invalid, 0);
        QCOMPARE(run.disabled, 10000); // every tenth; none of them in "Dept 7"
        QVERIFY2(ms < 45000, "a rule run over 100k records must take seconds");
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "TestRuleEvaluator.moc"
