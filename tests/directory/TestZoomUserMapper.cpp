#include "AttributeMapping.h"
#include "CanonicalJsonWriter.h"
#include "ZoomUserMapper.h"
#include "ZoomValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {

SourceRecord csvPerson()
{
    SourceRecord r;
    r.key = QStringLiteral("E001");
    r.origin = QStringLiteral("line 2");
    r.add(QStringLiteral("employeeId"), QStringLiteral("E001"));
    r.add(QStringLiteral("email"), QStringLiteral("zoe.muller@example.com"));
    r.add(QStringLiteral("givenName"), QStringLiteral("Zoë"));
    r.add(QStringLiteral("familyName"), QStringLiteral("Müller"));
    r.add(QStringLiteral("phone"), QStringLiteral("(512) 555-0123"));
    r.add(QStringLiteral("title"), QStringLiteral("Engineer"));
    r.add(QStringLiteral("department"), QStringLiteral("Engineering"));
    r.add(QStringLiteral("company"), QStringLiteral("Example Corp"));
    r.add(QStringLiteral("license"), QStringLiteral("Pro"));
    r.add(QStringLiteral("locale"), QStringLiteral("de_DE"));
    r.add(QStringLiteral("roles"), QStringLiteral("Engineer;Student"));
    return r;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

AttributeMapping fullMapping()
{
    AttributeMapping m = AttributeMapping::defaultsForCsv(
        {QStringLiteral("employeeId"), QStringLiteral("email"), QStringLiteral("givenName"),
            QStringLiteral("familyName"), QStringLiteral("phone"), QStringLiteral("title"),
            QStringLiteral("department"), QStringLiteral("company"), QStringLiteral("locale")});
    m.set(ZoomAttribute::UserType, MappingSource::attribute(QStringLiteral("license")));
    m.set(ZoomAttribute::Roles, MappingSource::expression(QStringLiteral("split(roles, ';')")));
    m.setDefaultCountryCode(QStringLiteral("1"));
    return m;
}

QStringList messages(const QList<MappingProblem> &problems, MappingProblem::Severity severity)
{
    QStringList out;
    for (const MappingProblem &p : problems) {
        if (p.severity == severity)
            out << p.message;
    }
    return out;
}

} // namespace

class TestZoomUserMapper : public QObject
{
    Q_OBJECT
private slots:
    void createBodyIsExactScim()
    {
        const ZoomUserMapper mapper(fullMapping());
        QVERIFY(mapper.isUsable());
        const MappedUser u = mapper.map(csvPerson());
        QVERIFY2(u.isValid(), qPrintable(u.errorMessages().join(QLatin1Char('\n'))));
        const QJsonObject expected = json(R"({
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "userName": "zoe.muller@example.com",
          "name": {"givenName": "Zoë", "familyName": "Müller"},
          "emails": [{"type": "work", "value": "zoe.muller@example.com", "primary": true}],
          "phoneNumbers": [{"type": "work", "value": "+1 5125550123"}],
          "active": true,
          "userType": "Licensed",
          "roles": [{"value": "Engineer", "display": "Engineer", "primary": true},
                    {"value": "Student", "display": "Student", "primary": false}],
          "title": "Engineer",
          "locale": "de-DE",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
              {"department": "Engineering", "organization": "Example Corp"}
        })");
        QCOMPARE(u.createBody, expected);
        QCOMPARE(u.userName, QStringLiteral("zoe.muller@example.com"));
        QVERIFY(u.problems.isEmpty());
    }

    void updateBodyIsPartialWithoutUserNameOrActive()
    {
        AttributeMapping m;
        m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("email")));
        m.set(ZoomAttribute::FamilyName, MappingSource::attribute(QStringLiteral("familyName")));
        m.set(ZoomAttribute::Active, MappingSource::expression(QStringLiteral("@enabled")));
        const MappedUser u = ZoomUserMapper(m).map(csvPerson());
        QCOMPARE(u.updateBody, json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                         "name": {"familyName": "Müller"}})"));
        QCOMPARE(u.createBody.value(QStringLiteral("userName")).toString(),
            QStringLiteral("zoe.muller@example.com"));
        QVERIFY(!u.createBody.contains(QStringLiteral("emails"))); // Email not mapped: nothing invented
        // The bodies come back the same from the stored canonical form.
        QCOMPARE(ZoomUserMapper::createBodyFromCanonical(u.canonical), u.createBody);
        QCOMPARE(ZoomUserMapper::updateBodyFromCanonical(u.canonical), u.updateBody);
    }

    void canonicalHashTracksChanges()
    {
        const ZoomUserMapper mapper(fullMapping());
        SourceRecord r = csvPerson();
        const MappedUser a = mapper.map(r);
        QCOMPARE(mapper.map(r).hash, a.hash); // stable
        QCOMPARE(a.hash.size(), 64);
        // Attribute order in the source does not matter.
        SourceRecord shuffled = r;
        std::reverse(shuffled.attributes.begin(), shuffled.attributes.end());
        QCOMPARE(mapper.map(shuffled).hash, a.hash);
        // An unmapped attribute changing does not matter.
        r.add(QStringLiteral("unmapped"), QStringLiteral("x"));
        QCOMPARE(mapper.map(r).hash, a.hash);
        // A mapped one does, and so does the disabled flag through Active.
        SourceRecord title = csvPerson();
        title.attributes[5].values = {QStringLiteral("Manager")};
        QVERIFY(mapper.map(title).hash != a.hash);
        SourceRecord disabled = csvPerson();
        disabled.disabled = true;
        const MappedUser d = mapper.map(disabled);
        QVERIFY(d.hash != a.hash);
        QVERIFY(!d.active);
        QCOMPARE(d.createBody.value(QStringLiteral("active")).toBool(true), false);
        QVERIFY(!d.updateBody.contains(QStringLiteral("active")));
    }

    // Stored payload hashes were made from QJsonDocument(QJsonObject).toJson(Compact), and a listed
    // Zoom user is compared with the mapped one byte for byte: the mapper writes the canonical
    // payload directly, and its bytes must stay exactly Qt's, or every managed user would look
    // changed after an upgrade.
    void canonicalIsQtsCompactForm()
    {
        const ZoomUserMapper mapper(fullMapping());
        const QStringList tricky {QStringLiteral("Zoë \"Z\" \\ Müller / O'Brien"),
            QStringLiteral("tab\tnew\nline\r\x01\x1f\x7f end"), QStringLiteral("日本語 😀 ü"),
            QString(QChar(0xd800)) + QStringLiteral("x"),
            QStringLiteral("x") + QString(QChar(0xdc00)) + QStringLiteral("y")};
        for (const QString &text : tricky) {
            SourceRecord r = csvPerson();
            r.attributes[2].values = {text}; // givenName
            r.attributes[5].values = {text}; // title
            r.attributes[7].values = {text}; // company -> organization
            const MappedUser u = mapper.map(r);
            const QJsonObject parsed = QJsonDocument::fromJson(u.canonical).object();
            QCOMPARE(parsed.value(QStringLiteral("title")).toString(), text);
            QCOMPARE(
                parsed.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
                text);
            QCOMPARE(u.canonical, QJsonDocument(parsed).toJson(QJsonDocument::Compact));
            QCOMPARE(u.hash, ZoomUserMapper::hashOf(QJsonDocument(parsed).toJson(QJsonDocument::Compact)));
        }
        // Only a username: no empty objects or arrays appear.
        AttributeMapping bare;
        bare.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("email")));
        const MappedUser minimal = ZoomUserMapper(bare).map(csvPerson());
        QCOMPARE(minimal.canonical, QByteArray(R"({"active":true,"userName":"zoe.muller@example.com"})"));
    }

    void writerEscapesEveryCodeUnitAsQtDoes()
    {
        QStringList samples;
        for (uint c = 0; c <= 0xffff; ++c)
            samples << QString(QChar(char16_t(c))) + QStringLiteral("a");
        samples << QStringLiteral("😀") << QString(QChar(0xd83d)) << QString(QChar(0xd83d)) + QChar(0xd83d)
                << QString(QChar(0xde00)) + QChar(0xd83d) << QString();
        for (const QString &s : std::as_const(samples)) {
            CanonicalJsonWriter w;
            w.beginObject();
            w.booleanMember(u"b", false);
            w.member(u"k", s);
            w.key(u"l");
            w.beginArray();
            w.value(s);
            w.boolean(true);
            w.endArray();
            w.endObject();
            const QByteArray expected
                = QJsonDocument(QJsonObject {{QStringLiteral("b"), false}, {QStringLiteral("k"), s},
                                    {QStringLiteral("l"), QJsonArray {s, true}}})
                      .toJson(QJsonDocument::Compact);
            const QByteArray written = w.take();
            if (written != expected)
                QFAIL(qPrintable(
                    QStringLiteral("U+%1: %2 instead of %3")
                        .arg(s.isEmpty() ? 0 : s.at(0).unicode(), 4, 16, QLatin1Char('0'))
                        .arg(QString::fromLatin1(written.toHex()), QString::fromLatin1(expected.toHex()))));
        }
    }

    void userNameIsRequiredAndMustBeAnEmail()
    {
        AttributeMapping none;
        const ZoomUserMapper unusable(none);
        QVERIFY(!unusable.isUsable());
        QVERIFY(messages(unusable.mappingProblems(), MappingProblem::Severity::Error)
                    .join(QString())
                    .contains(QLatin1String("Username is required")));

        AttributeMapping m;
        m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("employeeId")));
        const MappedUser notEmail = ZoomUserMapper(m).map(csvPerson());
        QVERIFY(!notEmail.isValid());
        QVERIFY(notEmail.errorMessages().join(QString()).contains(
            QLatin1String("\"E001\" is not an email address")));

        m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("missing")));
        const MappedUser empty = ZoomUserMapper(m).map(csvPerson());
        QVERIFY(!empty.isValid());
        QVERIFY(empty.errorMessages().join(QString()).contains(QLatin1String("no value")));

        m.set(ZoomAttribute::UserName, MappingSource::constant(QStringLiteral("a@example.com")));
        QVERIFY(!ZoomUserMapper(m).isUsable());
    }

    void userNameAndEmailFromDifferentSourcesWarns()
    {
        AttributeMapping m;
        m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("email")));
        m.set(ZoomAttribute::Email, MappingSource::attribute(QStringLiteral("email")));
        QVERIFY(!m.userNameAndEmailDiffer());
        m.set(ZoomAttribute::UserName, MappingSource::expression(QStringLiteral("lower(email)")));
        QVERIFY(!m.userNameAndEmailDiffer()); // same attribute, normalised
        m.set(ZoomAttribute::Email, MappingSource::attribute(QStringLiteral("mailAlias")));
        QVERIFY(m.userNameAndEmailDiffer());
        const QStringList warnings = messages(m.check(), MappingProblem::Severity::Warning);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.constFirst().contains(QLatin1String("only the username when it creates")));
        QVERIFY(warnings.constFirst().contains(QLatin1String("only the email when it updates")));

        SourceRecord r = csvPerson();
        r.add(QStringLiteral("mailAlias"), QStringLiteral("zm@example.com"));
        const MappedUser u = ZoomUserMapper(m).map(r);
        QVERIFY(u.isValid());
        QVERIFY(u.warningMessages().join(QString()).contains(QLatin1String("differs from Username")));
    }

    void valuesAreNormalisedOrRefused()
    {
        AttributeMapping m = fullMapping();
        SourceRecord r = csvPerson();
        r.attributes[4].values = {QStringLiteral("555-0123 x12")}; // phone
        r.attributes[8].values = {QStringLiteral("Gold")}; // license
        r.attributes[9].values = {QStringLiteral("klingon")}; // locale
        const MappedUser u = ZoomUserMapper(m).map(r);
        QVERIFY(!u.isValid()); // an unknown user type would silently change the license
        QCOMPARE(u.errorMessages().size(), 1);
        QVERIFY(u.errorMessages().constFirst().contains(QLatin1String("User Type")));
        const QString warnings = u.warningMessages().join(QLatin1Char('\n'));
        QVERIFY(warnings.contains(QLatin1String("extension")));
        QVERIFY(warnings.contains(QLatin1String("not a locale")));
        QVERIFY(!u.createBody.contains(QStringLiteral("phoneNumbers")));
        QVERIFY(!u.createBody.contains(QStringLiteral("locale")));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("defaultCountry");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("NANP punctuation") << "(512) 555-0123"
                                          << "1"
                                          << "+1 5125550123";
        QTest::newRow("NANP with 1") << "1-512-555-0123"
                                     << "1"
                                     << "+1 5125550123";
        QTest::newRow("already right") << "+1 5125550123"
                                       << ""
                                       << "+1 5125550123";
        QTest::newRow("dots") << "+1.512.555.0123"
                              << ""
                              << "+1 5125550123";
        QTest::newRow("UK") << "+44 20 7946 0958"
                            << ""
                            << "+44 2079460958";
        QTest::newRow("UK trunk zero") << "020 7946 0958"
                                       << "44"
                                       << "+44 2079460958";
        QTest::newRow("00 prefix") << "0049 30 1234567"
                                   << ""
                                   << "+49 301234567";
        QTest::newRow("three-digit code") << "+353 1 234 5678"
                                          << ""
                                          << "+353 12345678";
        QTest::newRow("Japan") << "+81 3 1234 5678"
                               << ""
                               << "+81 312345678";
        QTest::newRow("Russia") << "+7 495 123-45-67"
                                << ""
                                << "+7 4951234567";
        QTest::newRow("no country, no default") << "512 555 0123"
                                                << ""
                                                << "";
        QTest::newRow("short NANP") << "+1 555 0123"
                                    << ""
                                    << "";
        QTest::newRow("letters") << "call me"
                                 << "1"
                                 << "";
        QTest::newRow("too long") << "+1234567890123456"
                                  << ""
                                  << "";
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, defaultCountry);
        QFETCH(QString, expected);
        const NormalizedValue v = ZoomValues::phone(input, defaultCountry);
        if (expected.isEmpty()) {
            QVERIFY2(!v.ok(), qPrintable(v.value));
            QVERIFY(!v.error.isEmpty());
        } else {
            QVERIFY2(v.ok(), qPrintable(v.error));
            QCOMPARE(v.value, expected);
        }
    }

    void userTypeAndLocaleAndEmail()
    {
        QCOMPARE(ZoomValues::userType(QStringLiteral("pro")).value, QStringLiteral("Licensed"));
        QCOMPARE(ZoomValues::userType(QStringLiteral("Corp")).value, QStringLiteral("On-Prem"));
        QCOMPARE(ZoomValues::userType(QStringLiteral("on-prem")).value, QStringLiteral("On-Prem"));
        QCOMPARE(ZoomValues::userType(QStringLiteral(" BASIC ")).value, QStringLiteral("Basic"));
        QVERIFY(!ZoomValues::userType(QStringLiteral("Collaboration")).ok()); // Zoom refuses it
        QVERIFY(!ZoomValues::userType(QStringLiteral("None")).ok());

        QCOMPARE(ZoomValues::locale(QStringLiteral("en_us")).value, QStringLiteral("en-US"));
        QCOMPARE(ZoomValues::locale(QStringLiteral("fr")).value, QStringLiteral("fr"));
        QCOMPARE(ZoomValues::locale(QStringLiteral("ja-JP")).value, QStringLiteral("ja-JP"));
        QVERIFY(!ZoomValues::locale(QStringLiteral("xx-YY")).ok());
        QVERIFY(!ZoomValues::locale(QStringLiteral("en-ZZ")).ok());
        QVERIFY(!ZoomValues::locale(QStringLiteral("English")).ok());

        QVERIFY(ZoomValues::isEmail(QStringLiteral("a.b+c@sub.example.co.uk")));
        QVERIFY(!ZoomValues::isEmail(QStringLiteral("a@b")));
        QVERIFY(!ZoomValues::isEmail(QStringLiteral("a b@example.com")));
        QVERIFY(!ZoomValues::isEmail(QStringLiteral("a@@example.com")));
        QVERIFY(!ZoomValues::isEmail(QStringLiteral("a..b@example.com")));
    }

    void constantsAreCheckedUpFront()
    {
        AttributeMapping m = fullMapping();
        m.set(ZoomAttribute::UserType, MappingSource::constant(QStringLiteral("Gold")));
        m.set(ZoomAttribute::Locale, MappingSource::constant(QStringLiteral("en-US")));
        m.set(ZoomAttribute::Active, MappingSource::constant(QStringLiteral("maybe")));
        const QStringList errors = messages(m.check(), MappingProblem::Severity::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.join(QString()).contains(QLatin1String("Gold")));
        QVERIFY(errors.join(QString()).contains(QLatin1String("maybe")));
        // Attributes the source does not have are flagged when the source's columns are known.
        const QStringList warnings = messages(m.check({QStringLiteral("email"), QStringLiteral("givenName")}),
            MappingProblem::Severity::Warning);
        QVERIFY(warnings.join(QString()).contains(QLatin1String("no attribute \"familyName\"")));
    }

    void multipleValuesWarnAndActiveParses()
    {
        AttributeMapping m;
        m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("mail")));
        m.set(ZoomAttribute::Active, MappingSource::attribute(QStringLiteral("state")));
        SourceRecord r;
        r.key = QStringLiteral("k");
        r.add(QStringLiteral("mail"),
            QStringList {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        r.add(QStringLiteral("state"), QStringLiteral("inactive"));
        const MappedUser u = ZoomUserMapper(m).map(r);
        QVERIFY(u.isValid());
        QCOMPARE(u.userName, QStringLiteral("a@example.com"));
        QVERIFY(!u.active);
        QVERIFY(u.warningMessages().join(QString()).contains(QLatin1String("2 values")));
        r.attributes[1].values = {QStringLiteral("sometimes")};
        QVERIFY(!ZoomUserMapper(m).map(r).isValid());
    }

    void defaultsForLdapAndAd()
    {
        const AttributeMapping ldap = AttributeMapping::defaultsForLdap(LdapSettings::DirectoryType::Ldap);
        QCOMPARE(ldap.source(ZoomAttribute::UserName), MappingSource::attribute(QStringLiteral("mail")));
        QCOMPARE(ldap.source(ZoomAttribute::FamilyName), MappingSource::attribute(QStringLiteral("sn")));
        QCOMPARE(ldap.source(ZoomAttribute::Department),
            MappingSource::attribute(QStringLiteral("departmentNumber")));
        const AttributeMapping ad
            = AttributeMapping::defaultsForLdap(LdapSettings::DirectoryType::ActiveDirectory);
        QCOMPARE(
            ad.source(ZoomAttribute::Department), MappingSource::attribute(QStringLiteral("department")));
        QCOMPARE(ad.source(ZoomAttribute::Organization), MappingSource::attribute(QStringLiteral("company")));
        QVERIFY(!ad.userNameAndEmailDiffer());
        QVERIFY(messages(ad.check(), MappingProblem::Severity::Error).isEmpty());

        const AttributeMapping csv
            = AttributeMapping::defaultsForCsv({QStringLiteral("Employee ID"), QStringLiteral("E-Mail"),
                QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Job Title")});
        QCOMPARE(csv.source(ZoomAttribute::UserName), MappingSource::attribute(QStringLiteral("E-Mail")));
        QCOMPARE(csv.source(ZoomAttribute::Email), MappingSource::attribute(QStringLiteral("E-Mail")));
        QCOMPARE(
            csv.source(ZoomAttribute::GivenName), MappingSource::attribute(QStringLiteral("First Name")));
        QCOMPARE(
            csv.source(ZoomAttribute::FamilyName), MappingSource::attribute(QStringLiteral("Last Name")));
        QCOMPARE(csv.source(ZoomAttribute::Title), MappingSource::attribute(QStringLiteral("Job Title")));
        QCOMPARE(csv.source(ZoomAttribute::Active), MappingSource::expression(QStringLiteral("@enabled")));
    }
};

QTEST_GUILESS_MAIN(TestZoomUserMapper)
#include "TestZoomUserMapper.moc"
