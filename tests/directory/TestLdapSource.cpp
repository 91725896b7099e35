#include "LdapSource.h"
#include "OutboundRule.h"
#include "ReliabilityLine.h"
#include "RuleEvaluator.h"
#include "SlapdServer.h"
#include "SourceTester.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace pd;
using pd::test::ReliabilityLine;

namespace {

constexpr int Bulk = 10000;

// Deterministic GUID bytes for entry i, so the test can predict AD's text form.
QByteArray guidBytes(int i)
{
    QByteArray b(16, '\0');
    for (int k = 0; k < 16; ++k)
        b[k] = char((i * 7 + k * 13) & 0xff);
    b[0] = char(i & 0xff);
    b[1] = char((i >> 8) & 0xff);
    return b;
}

QString bulkLdif(const QString &peopleDn)
{
    QString ldif;
    ldif.reserve(Bulk * 330);
    for (int i = 0; i < Bulk; ++i) {
        const QString uid = QStringLiteral("u%1").arg(i, 5, 10, QLatin1Char('0'));
        ldif += QStringLiteral(
            "dn: uid=%1,%2\nobjectClass: inetOrgPerson\nobjectClass: pdAdUser\nuid: %1\ncn: User %3\n"
            "sn: Family%3\ngivenName: Given\nmail: %1@example.com\ndepartmentNumber: %4\n"
            "userAccountControl: %5\nobjectGUID:: %6\n\n")
                    .arg(uid, peopleDn)
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("Sales") : QStringLiteral("Engineering"))
                    .arg(i % 100 == 0 ? 514 : 512) // 514 = NORMAL_ACCOUNT | ACCOUNTDISABLE
                    .arg(QString::fromLatin1(guidBytes(i).toBase64()));
    }
    // Someone outside the search filter and someone with non-ASCII names and a status attribute.
    ldif += QStringLiteral("dn: cn=printer,%1\nobjectClass: device\ncn: printer\n\n").arg(peopleDn);
    ldif += QStringLiteral("dn: uid=yamada,%1\nobjectClass: inetOrgPerson\nuid: yamada\ncn:: %2\nsn:: %3\n"
                           "givenName:: %4\nmail: taro.yamada@example.com\nemployeeType: Inactive\n\n")
                .arg(peopleDn, QString::fromLatin1(QStringLiteral("山田 太郎").toUtf8().toBase64()),
                    QString::fromLatin1(QStringLiteral("山田").toUtf8().toBase64()),
                    QString::fromLatin1(QStringLiteral("太郎").toUtf8().toBase64()));
    return ldif;
}

} // namespace

class TestLdapSource : public QObject
{
    Q_OBJECT

    test::SlapdServer m_slapd {test::SlapdServer::Options {QStringLiteral("dc=example,dc=com"), true, 1000}};

    LdapSettings settings(const QUrl &url) const
    {
        LdapSettings s;
        s.url = url;
        s.bindDn = m_slapd.readerDn();
        s.baseDn = m_slapd.peopleDn();
        s.filter = QStringLiteral("(objectClass=inetOrgPerson)");
        s.timeoutSeconds = 10;
        return s;
    }

    struct Read
    {
        SourceReadResult result;
        QList<SourceRecord> records;
    };

    static Read readAll(LdapSource &source, const ReadOptions &options = {})
    {
        Read r;
        r.result = source.read(
            [&r](SourceRecord &&record) {
                r.records.append(std::move(record));
                return true;
            },
            options);
        return r;
    }

private slots:
    void initTestCase()
    {
        // libldap reads LDAPTLS_REQCERT once, when it first initialises: set before any LDAP call,
        // it would switch certificate checks off for every TLS test below unless the source
        // insists on "demand" for its own handle, which it must.
        qputenv("LDAPTLS_REQCERT", "never");
        QElapsedTimer timer;
        timer.start();
        m_slapd.addInitialLdif(bulkLdif(m_slapd.peopleDn()));
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
        qInfo("slapd with %d entries (slapadd) and a test CA up in %lld ms", Bulk, timer.elapsed());
    }

    void pagedSearchReadsEveryEntryPastTheSizeLimit()
    {
        ReliabilityLine line(QStringLiteral("bad-input"), QStringLiteral("ldap-size-limit-paged"));
        // The reader account is capped at 1000 entries per search, like AD: only paging gets all.
        LdapSource source(settings(m_slapd.url()), m_slapd.readerPassword());
        QElapsedTimer timer;
        timer.start();
        qint64 progressCalls = 0;
        ReadOptions options;
        options.progress = [&progressCalls](const ReadProgress &) { ++progressCalls; };
        const Read r = readAll(source, options);
        const qint64 ms = timer.elapsed();
        qInfo(
            "LDAP: %lld entries read with paged results (page 500) in %lld ms", qint64(r.records.size()), ms);
        QVERIFY2(
            r.result.ok(), qPrintable(r.result.error.summary + QLatin1Char(' ') + r.result.error.detail));
        QCOMPARE(r.records.size(), Bulk + 1);
        QVERIFY(r.result.problems.isEmpty());
        QVERIFY(progressCalls >= Bulk / 500);
        // entryUUID is the default key: operational, requested explicitly, lowercased, unique.
        QSet<QString> keys;
        for (const SourceRecord &rec : r.records) {
            QVERIFY(!QUuid::fromString(rec.key).isNull());
            QCOMPARE(rec.key, rec.key.toLower());
            keys.insert(rec.key);
        }
        QCOMPARE(keys.size(), Bulk + 1);
        QVERIFY(ms < 30000);
    }

    void pageSizeOneThousandAndOneLevel()
    {
        LdapSettings s = settings(m_slapd.url());
        s.pageSize = 1000;
        s.scope = LdapSettings::Scope::OneLevel;
        s.filter = QStringLiteral("(&(objectClass=inetOrgPerson)(departmentNumber=Sales))");
        LdapSource source(s, m_slapd.readerPassword());
        QCOMPARE(readAll(source).records.size(), Bulk / 2);
    }

    void adModeGuidKeyAndDisabledBit()
    {
        LdapSettings s = settings(m_slapd.url());
        s.directoryType = LdapSettings::DirectoryType::ActiveDirectory;
        s.filter = QStringLiteral("(objectClass=pdAdUser)");
        s.disabledMode = LdapSettings::DisabledMode::AdUserAccountControl;
        s.attributes = {QStringLiteral("mail"), QStringLiteral("sn")};
        LdapSource source(s, m_slapd.readerPassword());
        source.setRequiredAttributes({QStringLiteral("givenName")});
        QVERIFY(source.requestedAttributes().contains(QStringLiteral("objectGUID")));
        QVERIFY(source.requestedAttributes().contains(QStringLiteral("userAccountControl")));
        const Read r = readAll(source);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error.detail));
        QCOMPARE(r.records.size(), Bulk);
        int disabled = 0;
        for (const SourceRecord &rec : r.records)
            disabled += rec.disabled ? 1 : 0;
        QCOMPARE(disabled, Bulk / 100);
        const SourceRecord &first = r.records.constFirst();
        QCOMPARE(first.value(u"uid"), QString()); // not asked for
        QCOMPARE(first.value(u"givenName"), QStringLiteral("Given")); // the rule needs it
        const int i = first.value(u"mail").mid(1, 5).toInt();
        QCOMPARE(first.key, LdapSource::guidToString(guidBytes(i)));
        QCOMPARE(first.value(u"objectGUID"), first.key);
    }

    void disabledByAttributeAndNonAsciiValues()
    {
        LdapSettings s = settings(m_slapd.url());
        s.filter = QStringLiteral("(uid=yamada)");
        s.disabledMode = LdapSettings::DisabledMode::Attribute;
        s.disabledAttribute = QStringLiteral("employeeType");
        s.disabledValue = QStringLiteral("inactive");
        LdapSource source(s, m_slapd.readerPassword());
        const Read r = readAll(source);
        QCOMPARE(r.records.size(), 1);
        QVERIFY(r.records.at(0).disabled);
        QCOMPARE(r.records.at(0).value(u"sn"), QStringLiteral("山田"));
        QCOMPARE(r.records.at(0).value(u"dn"), QStringLiteral("uid=yamada,") + m_slapd.peopleDn());
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("cause");
        QTest::newRow("wrong password") << "password"
                                        << "bad-credentials";
        QTest::newRow("unknown bind DN") << "binddn"
                                         << "bad-credentials";
        QTest::newRow("bind DN syntax") << "binddnsyntax"
                                        << "bad-credentials";
        QTest::newRow("no password stored") << "nopassword"
                                            << "no-password";
        QTest::newRow("base DN missing") << "basedn"
                                         << "bad-base-dn";
        QTest::newRow("filter parentheses") << "filter"
                                            << "bad-filter";
        QTest::newRow("filter refused by libldap") << "filter2"
                                                   << "bad-filter";
        QTest::newRow("filter refused by libldap 2") << "filter3"
                                                     << "bad-filter";
        QTest::newRow("nothing listening") << "port"
                                           << "unreachable";
        QTest::newRow("untrusted certificate (ldaps)") << "ldaps-untrusted"
                                                       << "tls";
        QTest::newRow("untrusted certificate (StartTLS)") << "starttls-untrusted"
                                                          << "tls";
        QTest::newRow("missing CA file") << "cafile"
                                         << "tls";
    }

    void errorsAreExplained()
    {
        QFETCH(QString, what);
        QFETCH(QString, cause);
        ReliabilityLine line(QStringLiteral("bad-input"), QStringLiteral("ldap-") + what);
        line.setDetail(cause);
        LdapSettings s = settings(m_slapd.url());
        QString password = m_slapd.readerPassword();
        if (what == QLatin1String("password"))
            password = QStringLiteral("wrong");
        else if (what == QLatin1String("binddn"))
            s.bindDn = QStringLiteral("cn=nobody,dc=example,dc=com");
        else if (what == QLatin1String("binddnsyntax"))
            s.bindDn = QStringLiteral("not a dn");
        else if (what == QLatin1String("nopassword"))
            password.clear();
        else if (what == QLatin1String("basedn"))
            s.baseDn = QStringLiteral("ou=Nowhere,dc=example,dc=com");
        else if (what == QLatin1String("filter"))
            s.filter = QStringLiteral("(&(objectClass=person)(mail=*)");
        else if (what == QLatin1String("filter2"))
            s.filter = QStringLiteral("(cn~~x)");
        else if (what == QLatin1String("filter3"))
            s.filter = QStringLiteral("(mail=*)(cn=x)");
        else if (what == QLatin1String("port")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            s.url = QUrl(QStringLiteral("ldap://127.0.0.1:%1").arg(port));
        } else if (what == QLatin1String("ldaps-untrusted"))
            s.url = m_slapd.ldapsUrl();
        else if (what == QLatin1String("starttls-untrusted"))
            s.startTls = true;
        else if (what == QLatin1String("cafile")) {
            s.url = m_slapd.ldapsUrl();
            s.caCertificateFile = m_slapd.directory() + QStringLiteral("/missing.pem");
        }
        LdapSource source(s, password);
        const Read r = readAll(source);
        QCOMPARE(r.result.status, SourceReadResult::Status::Failed);
        QCOMPARE(r.result.error.cause, cause);
        QVERIFY(!r.result.error.summary.isEmpty());
        QVERIFY(!r.result.error.fix.isEmpty());
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.result.error.summary.contains(m_slapd.readerPassword()));
        qInfo("%s: %s | %s", qPrintable(what), qPrintable(r.result.error.summary),
            qPrintable(r.result.error.detail));
    }

    void tlsWithTheTrustedCa_data()
    {
        QTest::addColumn<bool>("startTls");
        QTest::newRow("ldaps") << false;
        QTest::newRow("StartTLS") << true;
    }

    void tlsWithTheTrustedCa()
    {
        // Verification stays on; trusting the test CA is what makes it pass.
        QFETCH(bool, startTls);
        LdapSettings s = settings(startTls ? m_slapd.url() : m_slapd.ldapsUrl());
        s.startTls = startTls;
        s.caCertificateFile = m_slapd.caCertificateFile();
        s.filter = QStringLiteral("(uid=yamada)");
        LdapSource source(s, m_slapd.readerPassword());
        const Read r = readAll(source);
        QVERIFY2(
            r.result.ok(), qPrintable(r.result.error.summary + QLatin1Char(' ') + r.result.error.detail));
        QCOMPARE(r.records.size(), 1);
    }

    void cancelAndSample()
    {
        LdapSource source(settings(m_slapd.url()), m_slapd.readerPassword());
        ReadOptions options;
        qint64 seen = 0;
        const SourceReadResult cancelled = source.read(
            [&](SourceRecord &&) {
                if (++seen == 700)
                    options.cancel.cancel();
                return true;
            },
            options);
        QCOMPARE(cancelled.status, SourceReadResult::Status::Cancelled);
        QVERIFY(seen < 1500);

        const SourceTestResult t = SourceTester::test(source, 5);
        QVERIFY(t.ok());
        QCOMPARE(t.count, Bulk + 1);
        QCOMPARE(t.sample.size(), 5);
        QVERIFY(t.attributeNames.contains(QStringLiteral("mail")));

        const QList<SourceRecord> found = SourceTester::find(source, QStringLiteral("taro.yamada"));
        QCOMPARE(found.size(), 1);
    }

    void ruleOverLdapUsesDefaults()
    {
        SourceSettings source;
        source.type = SourceSettings::Type::Ldap;
        source.ldap = settings(m_slapd.url());
        source.ldap.disabledMode = LdapSettings::DisabledMode::AdUserAccountControl;
        OutboundRule rule = OutboundRule::withDefaults(source);
        rule.filter.conditions = {{QStringLiteral("departmentNumber"), FilterCondition::Operator::Equals,
            QStringLiteral("Engineering")}};
        QElapsedTimer timer;
        timer.start();
        const RuleRunResult run = RuleEvaluator(rule).run(*rule.createSource(m_slapd.readerPassword()));
        qInfo("LDAP rule run over %lld entries: %lld ms", qint64(run.rows.size()), timer.elapsed());
        QVERIFY(run.ok());
        QCOMPARE(run.inScope, Bulk / 2);
        QCOMPARE(run.outOfScope, Bulk / 2 + 1);
        QCOMPARE(run.disabled, Bulk / 100);
        QCOMPARE(run.invalid, 0);
    }

    void textForms()
    {
        const QByteArray guid = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QCOMPARE(LdapSource::guidToString(guid), QStringLiteral("33221100-5544-7766-8899-aabbccddeeff"));
        // S-1-5-21-1004336348-1177238915-682003330-512 (Domain Admins of some domain).
        const QByteArray sid
            = QByteArray::fromHex("010500000000000515000000dcf4dc3b833d2b46828ba62800020000");
        QCOMPARE(
            LdapSource::sidToString(sid), QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-512"));
        QCOMPARE(LdapSource::textValue(QStringLiteral("photo"), QByteArray("\xff\xfe", 2)),
            QStringLiteral("//4="));
        QCOMPARE(LdapSource::textValue(QStringLiteral("cn"), QStringLiteral("Zoë").toUtf8()),
            QStringLiteral("Zoë"));
    }

    // Last: it adds a referral below the people, which every later read would report.
    void aReferralIsReportedNotIgnored()
    {
        ReliabilityLine line(QStringLiteral("bad-input"), QStringLiteral("ldap-referral"));
        const QString dn = QStringLiteral("ou=Elsewhere,") + m_slapd.peopleDn();
        QString error;
        QVERIFY2(m_slapd.add(
                     QStringLiteral("dn: %1\nobjectClass: referral\nobjectClass: extensibleObject\n"
                                    "ou: Elsewhere\nref: ldap://127.0.0.1:9/ou=People,dc=elsewhere,dc=com\n")
                         .arg(dn),
                     &error),
            qPrintable(error));
        LdapSource source(settings(m_slapd.url()), m_slapd.readerPassword());
        const Read r = readAll(source);
        QCOMPARE(r.result.status, SourceReadResult::Status::Completed);
        QVERIFY(!r.records.isEmpty()); // what could be read was read
        bool reported = false;
        for (const SourceProblem &p : r.result.problems)
            reported = reported || p.message.contains(QStringLiteral("ldap://127.0.0.1:9/"));
        QVERIFY2(reported, "a referral must be reported as a problem (the sync then holds removals)");
    }
};

QTEST_GUILESS_MAIN(TestLdapSource)
#include "TestLdapSource.moc"
