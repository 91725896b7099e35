#include "SecretBinding.h"

#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace pd;

Q_DECLARE_METATYPE(pd::SecretBinding::Field)
Q_DECLARE_METATYPE(pd::SecretKind)

namespace {

using Edit = std::function<void(Connection *)>;

Connection base()
{
    Connection c;
    c.name = QStringLiteral("Zoom");
    c.scimUrl = QUrl(QStringLiteral("https://api.zoom.us/scim2"));
    c.oauth.tokenUrl = QUrl(QStringLiteral("https://zoom.us/oauth/token"));
    c.oauth.accountId = QStringLiteral("acc");
    c.oauth.clientId = QStringLiteral("cid");
    c.rule = QJsonObject {{QStringLiteral("source"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("ldap")},
            {QStringLiteral("url"), QStringLiteral("ldaps://dc1.corp.example.com")},
            {QStringLiteral("bindDn"), QStringLiteral("CN=svc,DC=corp")},
            {QStringLiteral("baseDn"), QStringLiteral("DC=corp")}}}};
    return c;
}

void setSource(Connection *c, const QString &key, const QJsonValue &value)
{
    QJsonObject source = c->rule.value(QStringLiteral("source")).toObject();
    source.insert(key, value);
    c->rule.insert(QStringLiteral("source"), source);
}

} // namespace

class TestSecretBinding : public QObject
{
    Q_OBJECT
private slots:
    void boundFieldChangeBreaksOnlyItsSecret_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<SecretBinding::Field>("field");
        QTest::addColumn<Edit>("edit");
        using F = SecretBinding::Field;
        const auto client = SecretKind::ClientSecret;
        const auto ldap = SecretKind::SourcePassword;
        QTest::newRow("token url host") << client << F::TokenUrl << Edit([](Connection *c) {
            c->oauth.tokenUrl = QUrl(QStringLiteral("https://evil.example/oauth/token"));
        });
        QTest::newRow("token url path") << client << F::TokenUrl << Edit([](Connection *c) {
            c->oauth.tokenUrl = QUrl(QStringLiteral("https://zoom.us/collect"));
        });
        QTest::newRow("scim host") << client << F::ScimHost << Edit([](Connection *c) {
            c->scimUrl = QUrl(QStringLiteral("https://evil.example/scim2"));
        });
        QTest::newRow("scim port") << client << F::ScimHost << Edit([](Connection *c) {
            c->scimUrl = QUrl(QStringLiteral("https://api.zoom.us:8443/scim2"));
        });
        QTest::newRow("scim scheme") << client << F::ScimHost << Edit([](Connection *c) {
            c->scimUrl = QUrl(QStringLiteral("http://api.zoom.us/scim2"));
        });
        QTest::newRow("account id") << client << F::AccountId
                                    << Edit([](Connection *c) { c->oauth.accountId = QStringLiteral("x"); });
        QTest::newRow("client id") << client << F::ClientId
                                   << Edit([](Connection *c) { c->oauth.clientId = QStringLiteral("x"); });
        QTest::newRow("ldap url") << ldap << F::LdapUrl << Edit([](Connection *c) {
            setSource(c, QStringLiteral("url"), QStringLiteral("ldaps://evil.example"));
        });
        QTest::newRow("ldap port") << ldap << F::LdapUrl << Edit([](Connection *c) {
            setSource(c, QStringLiteral("url"), QStringLiteral("ldaps://dc1.corp.example.com:1636"));
        });
        QTest::newRow("bind dn") << ldap << F::BindDn << Edit([](Connection *c) {
            setSource(c, QStringLiteral("bindDn"), QStringLiteral("CN=admin,DC=corp"));
        });
        QTest::newRow("ldap to csv") << ldap << F::LdapUrl << Edit([](Connection *c) {
            c->rule = QJsonObject {{QStringLiteral("source"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("csv")},
                    {QStringLiteral("file"), QStringLiteral("/tmp/x.csv")}}}};
        });
        QTest::newRow("rule deleted") << ldap << F::LdapUrl << Edit([](Connection *c) { c->rule = {}; });
    }

    void boundFieldChangeBreaksOnlyItsSecret()
    {
        QFETCH(SecretKind, kind);
        QFETCH(SecretBinding::Field, field);
        QFETCH(Edit, edit);
        const Connection before = base();
        Connection after = before;
        edit(&after);
        QVERIFY(SecretBinding::fieldsOf(kind).contains(field));
        QVERIFY(SecretBinding::changedFields(kind, before, after).contains(field));
        QVERIFY(SecretBinding::isBroken(kind, before, after));
        const SecretKind other
            = kind == SecretKind::ClientSecret ? SecretKind::SourcePassword : SecretKind::ClientSecret;
        QVERIFY(!SecretBinding::isBroken(other, before, after));
        // The sentence names the connection and what changed.
        const QString message = SecretBinding::removedMessage(
            kind, before.name, SecretBinding::changedFields(kind, before, after));
        QVERIFY2(message.contains(QStringLiteral("\"Zoom\"")), qPrintable(message));
        QVERIFY2(message.contains(SecretBinding::fieldName(field)), qPrintable(message));
    }

    void unrelatedEditsKeepBothSecrets_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("name") << Edit([](Connection *c) { c->name = QStringLiteral("Renamed"); });
        QTest::newRow("description") << Edit([](Connection *c) { c->description = QStringLiteral("d"); });
        QTest::newRow("rate limit") << Edit([](Connection *c) { c->rateLimit.requestsPerSecond = 2; });
        QTest::newRow("removal guard") << Edit([](Connection *c) { c->removalGuard.maxUsers = 3; });
        QTest::newRow("user actions")
            << Edit([](Connection *c) { c->actions.createUsers = !c->actions.createUsers; });
        QTest::newRow("enabled, validity") << Edit([](Connection *c) {
            c->enabled = true;
            c->validity = Validity::Valid;
        });
        QTest::newRow("scim path") << Edit(
            [](Connection *c) { c->scimUrl = QUrl(QStringLiteral("https://api.zoom.us/scim2/v2")); });
        QTest::newRow("explicit default ports") << Edit([](Connection *c) {
            c->scimUrl = QUrl(QStringLiteral("https://api.zoom.us:443/scim2"));
            c->oauth.tokenUrl = QUrl(QStringLiteral("https://zoom.us:443/oauth/token"));
            setSource(c, QStringLiteral("url"), QStringLiteral("ldaps://dc1.corp.example.com:636"));
        });
        QTest::newRow("base dn, filter") << Edit([](Connection *c) {
            setSource(c, QStringLiteral("baseDn"), QStringLiteral("OU=Staff,DC=corp"));
            setSource(c, QStringLiteral("filter"), QStringLiteral("(mail=*)"));
        });
        QTest::newRow("rule mapping") << Edit([](Connection *c) {
            c->rule.insert(QStringLiteral("mapping"), QJsonObject {{QStringLiteral("userName"), 1}});
        });
    }

    void unrelatedEditsKeepBothSecrets()
    {
        QFETCH(Edit, edit);
        const Connection before = base();
        Connection after = before;
        edit(&after);
        QVERIFY(SecretBinding::changedFields(SecretKind::ClientSecret, before, after).isEmpty());
        QVERIFY(SecretBinding::changedFields(SecretKind::SourcePassword, before, after).isEmpty());
    }

    void severalChangesAreNamedTogether()
    {
        const Connection before = base();
        Connection after = before;
        after.scimUrl = QUrl(QStringLiteral("https://b.example/scim2"));
        after.oauth.tokenUrl = QUrl(QStringLiteral("https://b.example/oauth/token"));
        const auto changed = SecretBinding::changedFields(SecretKind::ClientSecret, before, after);
        QCOMPARE(changed, (QList {SecretBinding::Field::TokenUrl, SecretBinding::Field::ScimHost}));
        QCOMPARE(SecretBinding::fieldList(changed), QStringLiteral("the OAuth Token URL and the SCIM host"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBinding)
#include "TestSecretBinding.moc"
