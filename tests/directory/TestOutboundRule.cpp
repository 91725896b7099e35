#include "ConnectionJson.h"
#include "OutboundRule.h"
#include "RuleDeletion.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {

QJsonObject parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("bad JSON in test: %s", qPrintable(error.errorString()));
    return o;
}

QJsonObject example(const char *name)
{
    QFile f(test::sourceDir() + QStringLiteral("/docs/examples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll());
}

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList f;
    for (const FieldProblem &p : problems)
        f << p.field;
    return f;
}

// JSON written with single quotes, so that no raw string literal confuses moc.
QByteArray sq(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray minimalCsvRule
    = sq("{'source': {'type': 'csv', 'file': '/tmp/people.csv', 'keyColumn': 'employeeId'}}");

} // namespace

class TestOutboundRule : public QObject
{
    Q_OBJECT
private slots:
    void documentedExamplesImportAndRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringLiteral("connection-csv.json");
        QTest::newRow("ldap") << QStringLiteral("connection-ldap.json");
    }

    void documentedExamplesImportAndRoundTrip()
    {
        QFETCH(QString, file);
        const QJsonObject json = example(qPrintable(file));
        QVERIFY(!json.isEmpty());
        // The whole file goes through the core's strict reader (which also refuses secrets)...
        Connection c;
        const QList<FieldProblem> connectionProblems = ConnectionJson::fromJson(json, &c);
        QVERIFY2(connectionProblems.isEmpty(), qPrintable(connectionProblems.value(0).message));
        // ...and its rule through the directory's.
        OutboundRule rule;
        const QList<FieldProblem> problems = OutboundRule::fromConnection(c, &rule);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.value(0).field + QLatin1String(": ") + problems.value(0).message));
        QCOMPARE(rule.toJson(), json.value(QStringLiteral("rule")).toObject());
        OutboundRule again;
        QVERIFY(OutboundRule::fromJson(rule.toJson(), &again).isEmpty());
        QCOMPARE(again, rule);
        QVERIFY(ConnectionJson::secretLookingKeys(rule.toJson()).isEmpty());
    }

    void ldapExampleMeaning()
    {
        Connection c;
        QVERIFY(ConnectionJson::fromJson(example("connection-ldap.json"), &c).isEmpty());
        OutboundRule rule;
        QVERIFY(OutboundRule::fromConnection(c, &rule).isEmpty());
        QCOMPARE(rule.source.type, SourceSettings::Type::Ldap);
        QCOMPARE(rule.source.ldap.directoryType, LdapSettings::DirectoryType::ActiveDirectory);
        QCOMPARE(rule.source.ldap.disabledMode, LdapSettings::DisabledMode::AdUserAccountControl);
        QVERIFY(rule.source.needsPassword());
        QCOMPARE(rule.filter.conditions.size(), 1);
        QCOMPARE(rule.mapping.defaultCountryCode(), QStringLiteral("1"));
        QVERIFY(rule.requiredAttributes().contains(QStringLiteral("memberOf")));
        QVERIFY(!rule.requiredAttributes().contains(QStringLiteral("@enabled")));
    }

    // Found by fuzz_connection_json: StrictJson::integer cast an out-of-range double to int.
    void anOutOfRangePageSizeIsAProblemNotACast()
    {
        QJsonObject json = example("connection-ldap.json").value(QStringLiteral("rule")).toObject();
        QJsonObject source = json.value(QStringLiteral("source")).toObject();
        for (const double value : {1e300, -1e300, 2147483648.0, 10.5}) {
            source.insert(QStringLiteral("pageSize"), value);
            json.insert(QStringLiteral("source"), source);
            OutboundRule rule;
            QStringList paths;
            for (const FieldProblem &p : OutboundRule::fromJson(json, &rule))
                paths << p.field;
            QVERIFY2(paths.contains(QStringLiteral("rule.source.pageSize")), qPrintable(paths.join(u',')));
        }
    }

    void missingMappingMeansTheSourceDefaults()
    {
        OutboundRule rule;
        QVERIFY(OutboundRule::fromJson(parse(minimalCsvRule), &rule).isEmpty());
        QCOMPARE(rule.mapping, AttributeMapping::defaultsForCsv());
        QVERIFY(rule.filter.isEmpty());
        QCOMPARE(rule.source.csv.delimiter, QChar());
    }

    void unknownKeysAreRefusedWithTheirPath()
    {
        QJsonObject json = example("connection-csv.json").value(QStringLiteral("rule")).toObject();
        json.insert(QStringLiteral("fitler"), QJsonObject());
        QJsonObject source = json.value(QStringLiteral("source")).toObject();
        source.insert(QStringLiteral("keyColum"), QStringLiteral("x"));
        json.insert(QStringLiteral("source"), source);
        QJsonObject mapping = json.value(QStringLiteral("mapping")).toObject();
        mapping.insert(
            QStringLiteral("emial"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("mail")}});
        mapping.insert(
            QStringLiteral("title"), QJsonObject {{QStringLiteral("atribute"), QStringLiteral("t")}});
        json.insert(QStringLiteral("mapping"), mapping);
        QJsonObject filter = json.value(QStringLiteral("filter")).toObject();
        QJsonArray conditions = filter.value(QStringLiteral("conditions")).toArray();
        conditions.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("a")},
            {QStringLiteral("operator"), QStringLiteral("like")},
            {QStringLiteral("value"), QStringLiteral("b")}, {QStringLiteral("vaule"), QStringLiteral("b")}});
        filter.insert(QStringLiteral("conditions"), conditions);
        json.insert(QStringLiteral("filter"), filter);

        OutboundRule rule;
        const QStringList f = fields(OutboundRule::fromJson(json, &rule));
        QVERIFY2(f.contains(QStringLiteral("rule.fitler")), qPrintable(f.join(QLatin1Char(' '))));
        QVERIFY(f.contains(QStringLiteral("rule.source.keyColum")));
        QVERIFY(f.contains(QStringLiteral("rule.mapping.emial")));
        QVERIFY(f.contains(QStringLiteral("rule.mapping.title.atribute")));
        QVERIFY(f.contains(QStringLiteral("rule.filter.conditions[3].operator")));
        QVERIFY(f.contains(QStringLiteral("rule.filter.conditions[3].vaule")));
        QCOMPARE(rule, OutboundRule()); // nothing half-read
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no source") << QByteArray("{}") << "rule.source";
        QTest::newRow("source type") << sq("{'source': {'type': 'xls'}}") << "rule.source.type";
        QTest::newRow("delimiter") << sq(
            "{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k', 'delimiter': '|'}}")
                                   << "rule.source.delimiter";
        QTest::newRow("no key column")
            << sq("{'source': {'type': 'csv', 'file': 'f'}}") << "rule.source.keyColumn";
        QTest::newRow("plain ldap to a remote host")
            << sq("{'source': {'type': 'ldap', 'url': 'ldap://dc.example.com', 'baseDn': 'dc=x'}}")
            << "rule.source.url";
        QTest::newRow("ldaps with StartTLS") << sq(
            "{'source': {'type': 'ldap', 'url': 'ldaps://dc.example.com', 'startTls': true, 'baseDn': "
            "'dc=x'}}") << "rule.source.startTls";
        QTest::newRow("scope") << sq(
            "{'source': {'type': 'ldap', 'url': 'ldaps://h', 'baseDn': 'dc=x', 'scope': 'all'}}")
                               << "rule.source.scope";
        QTest::newRow("page size") << sq(
            "{'source': {'type': 'ldap', 'url': 'ldaps://h', 'baseDn': 'dc=x', 'pageSize': 0.5}}")
                                   << "rule.source.pageSize";
        QTest::newRow("filter parentheses")
            << sq("{'source': {'type': 'ldap', 'url': 'ldaps://h', 'baseDn': 'dc=x', 'filter': 'mail=*'}}")
            << "rule.source.filter";
        QTest::newRow("expression syntax") << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, "
                                                 "'mapping': {'userName': {'expression': 'lower(mail'}}}")
                                           << "rule.mapping.userName.expression";
        QTest::newRow("two kinds") << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, "
                                         "'mapping': {'userName': {'attribute': 'a', 'constant': 'b'}}}")
                                   << "rule.mapping.userName";
        QTest::newRow("username unmapped") << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, "
                                                 "'mapping': {'email': {'attribute': 'a'}}}")
                                           << "rule.mapping.userName";
        QTest::newRow("bad user type constant")
            << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, 'mapping': {'userName': "
                  "{'attribute': 'a'}, 'userType': {'constant': 'Gold'}}}")
            << "rule.mapping.userType";
        QTest::newRow("country code") << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, "
                                            "'options': {'defaultCountryCode': 'US'}}")
                                      << "rule.options.defaultCountryCode";
        QTest::newRow("match") << sq(
            "{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, 'filter': {'match': 'some'}}")
                               << "rule.filter.match";
        QTest::newRow("present with value")
            << sq("{'source': {'type': 'csv', 'file': 'f', 'keyColumn': 'k'}, 'filter': {'conditions': "
                  "[{'attribute': 'a', 'operator': 'present', 'value': 'x'}]}}")
            << "rule.filter.conditions[0].value";
    }

    void badValuesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        OutboundRule rule;
        const QStringList f = fields(OutboundRule::fromJson(parse(json), &rule));
        QVERIFY2(f.contains(field), qPrintable(f.join(QLatin1Char(' '))));
    }

    void noSecretsInTheRule()
    {
        OutboundRule rule;
        rule.source.type = SourceSettings::Type::Ldap;
        rule.source.ldap.url = QUrl(QStringLiteral("ldaps://dc.example.com"));
        rule.source.ldap.bindDn = QStringLiteral("cn=svc");
        rule.source.ldap.baseDn = QStringLiteral("dc=example,dc=com");
        rule.mapping = AttributeMapping::defaultsForLdap(LdapSettings::DirectoryType::Ldap);
        const QJsonObject json = rule.toJson();
        QVERIFY(ConnectionJson::secretLookingKeys(json).isEmpty());
        // A password put in by hand is refused by the connection file reader.
        QJsonObject withPassword = json;
        QJsonObject source = json.value(QStringLiteral("source")).toObject();
        source.insert(QStringLiteral("bindPassword"), QStringLiteral("hunter2"));
        withPassword.insert(QStringLiteral("source"), source);
        QCOMPARE(ConnectionJson::secretLookingKeys(withPassword),
            QStringList {QStringLiteral("source.bindPassword")});
        OutboundRule parsed;
        QVERIFY(fields(OutboundRule::fromJson(withPassword, &parsed))
                    .contains(QStringLiteral("rule.source.bindPassword")));
    }

    void filterSemantics()
    {
        SourceRecord r;
        r.key = QStringLiteral("k1");
        r.add(QStringLiteral("department"), QStringLiteral(" Sales "));
        r.add(QStringLiteral("memberOf"),
            QStringList {QStringLiteral("CN=Staff,DC=x"), QStringLiteral("CN=Zoom Users,DC=x")});
        r.add(QStringLiteral("mail"), QStringLiteral("A@Example.com"));
        using Op = FilterCondition::Operator;
        const auto holds = [&r](const QString &attribute, Op op, const QString &value = {}) {
            return FilterCondition {attribute, op, value}.matches(r);
        };
        QVERIFY(holds(QStringLiteral("department"), Op::Equals, QStringLiteral("sales")));
        QVERIFY(!holds(QStringLiteral("department"), Op::NotEquals, QStringLiteral("SALES")));
        QVERIFY(holds(QStringLiteral("department"), Op::NotEquals, QStringLiteral("HR")));
        QVERIFY(holds(QStringLiteral("memberOf"), Op::Contains, QStringLiteral("cn=zoom users")));
        QVERIFY(holds(QStringLiteral("memberOf"), Op::StartsWith, QStringLiteral("CN=Zoom")));
        QVERIFY(holds(QStringLiteral("mail"), Op::EndsWith, QStringLiteral("@example.COM")));
        QVERIFY(!holds(QStringLiteral("mail"), Op::StartsWith, QStringLiteral("b")));
        QVERIFY(holds(QStringLiteral("mail"), Op::Present));
        QVERIFY(!holds(QStringLiteral("mail"), Op::Absent));
        QVERIFY(holds(QStringLiteral("phone"), Op::Absent));
        QVERIFY(holds(QStringLiteral("phone"), Op::NotEquals, QStringLiteral("x")));
        QVERIFY(holds(QStringLiteral("@key"), Op::Equals, QStringLiteral("K1")));
        QVERIFY(holds(QStringLiteral("@disabled"), Op::Equals, QStringLiteral("false")));

        UserFilter all;
        all.conditions = {{QStringLiteral("department"), Op::Equals, QStringLiteral("Sales")},
            {QStringLiteral("mail"), Op::EndsWith, QStringLiteral("@other.com")}};
        QVERIFY(!all.matches(r));
        QVERIFY(all.explainMismatch(r).contains(QLatin1String("ends with \"@other.com\"")));
        QVERIFY(all.explainMismatch(r).contains(QLatin1String("A@Example.com")));
        UserFilter any = all;
        any.match = UserFilter::Match::Any;
        QVERIFY(any.matches(r));
        QVERIFY(any.explainMismatch(r).isEmpty());
        // Nested: Sales and (US or CA).
        UserFilter nested;
        nested.conditions = {{QStringLiteral("department"), Op::Equals, QStringLiteral("Sales")}};
        UserFilter countries;
        countries.match = UserFilter::Match::Any;
        countries.conditions = {{QStringLiteral("c"), Op::Equals, QStringLiteral("US")},
            {QStringLiteral("c"), Op::Equals, QStringLiteral("CA")}};
        nested.groups = {countries};
        QVERIFY(!nested.matches(r));
        r.add(QStringLiteral("c"), QStringLiteral("CA"));
        QVERIFY(nested.matches(r));
        UserFilter back;
        QVERIFY(UserFilter::fromJson(nested.toJson(), &back).isEmpty());
        QCOMPARE(back, nested);
        QVERIFY(UserFilter().matches(r));
    }

    void ruleDeletionHonoursTheActions()
    {
        UserActions keep;
        keep.deprovisionUsers = true;
        keep.deprovisionOnRuleDeletion = false;
        const RuleDeletionPlan kept = RuleDeletion::plan(keep, 120);
        QVERIFY(!kept.removeUsers);
        QVERIFY(kept.question.contains(QLatin1String("120")));

        UserActions disable = keep;
        disable.deprovisionOnRuleDeletion = true;
        const RuleDeletionPlan disabling = RuleDeletion::plan(disable, 120);
        QVERIFY(disabling.removeUsers);
        QCOMPARE(disabling.action, RemoveAction::Disable);
        QVERIFY(!disabling.destructive);
        QVERIFY(disabling.question.contains(QLatin1String("deactivated")));

        UserActions remove = disable;
        remove.removeAction = RemoveAction::Delete;
        const RuleDeletionPlan deleting = RuleDeletion::plan(remove, 120);
        QVERIFY(deleting.removeUsers);
        QCOMPARE(deleting.action, RemoveAction::Delete);
        QVERIFY(deleting.destructive);
        QVERIFY(deleting.question.contains(QLatin1String("recordings")));

        // "Deprovision on rule deletion" means nothing without "Enable users deprovision".
        UserActions off = disable;
        off.deprovisionUsers = false;
        QVERIFY(!RuleDeletion::plan(off, 120).removeUsers);
        QVERIFY(!RuleDeletion::plan(disable, 0).removeUsers);
    }
};

QTEST_GUILESS_MAIN(TestOutboundRule)
#include "TestOutboundRule.moc"
