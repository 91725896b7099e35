#include "Database.h"
#include "HistoryQuery.h"
#include "ReliabilityLine.h"
#include "SyncFixture.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using namespace pd::test;

// Identity against the real SCIM test server (which, like Zoom, ignores userName on PUT): renames,
// accounts deleted or pre-created in Zoom, people leaving and coming back. Whatever happens, each
// person ends with exactly one Zoom account, and the managed row names the account as Zoom does.
class TestSyncIdentity : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    int writes() { return m_server.stats().value(QStringLiteral("writes")).toInt(); }
    int posts() { return m_server.requestCount(QStringLiteral("POST")); }

    static QString rowUserName(SyncFixture &f, const QString &key)
    {
        QSqlQuery q(f.database().handle());
        q.prepare(QStringLiteral("SELECT user_name FROM managed_users WHERE source_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static QList<HistoryEvent> events(SyncFixture &f, qint64 runId)
    {
        return HistoryQuery(Database(f.dataDir()).handle()).runEvents(runId, 0, 100000);
    }

    static std::optional<HistoryEvent> eventOf(const QList<HistoryEvent> &events, const QString &key)
    {
        for (const HistoryEvent &e : events) {
            if (e.sourceKey == key)
                return e;
        }
        return std::nullopt;
    }

    // Replaces Zoom's users with the given ones (ids kept): a change made in Zoom, not by us.
    bool replaceZoomUsers(const QJsonArray &users)
    {
        return m_server.control("DELETE", QStringLiteral("/users")).has_value()
            && m_server.seedUsers(users).size() == users.size();
    }

    QJsonArray zoomUsersExcept(const QString &userName, std::function<void(QJsonObject &)> edit = {})
    {
        QJsonArray out;
        const QJsonArray all = m_server.users();
        for (const QJsonValue &v : all) {
            QJsonObject u = v.toObject();
            u.remove(QStringLiteral("meta"));
            if (u.value(QStringLiteral("userName")).toString() == userName) {
                if (!edit)
                    continue;
                edit(u);
            }
            out.append(u);
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void aRenameNeverMakesASecondAccount()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("rename"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(5);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        const QString oldName = ps[2].email;

        ps[2].email = QStringLiteral("renamed-00002@example.com");
        f.writeCsv(ps);
        SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Update, HistoryResult::Success), 1);
        // Zoom kept the username; the row says so, and the run warned about it.
        QCOMPARE(rowUserName(f, ps[2].key), oldName);
        std::optional<HistoryEvent> e = eventOf(events(f, r.runId), ps[2].key);
        QVERIFY(e);
        QVERIFY2(e->detail.contains(oldName) && e->detail.contains(QStringLiteral("no second account")),
            qPrintable(e->detail));
        const QJsonObject zoomUser = f.zoomUsers().value(oldName);
        QCOMPARE(zoomUser.value(QStringLiteral("emails"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            ps[2].email);

        // A full resync finds the account by its id and creates nothing.
        QVERIFY(m_server.resetStats());
        r = f.sync(false, true);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(posts(), 0);
        QCOMPARE(writes(), 0);
        QCOMPARE(f.zoomUsers().size(), 5);
        // The difference is still said, on every run, as a skipped event with the explanation.
        e = eventOf(events(f, r.runId), ps[2].key);
        QVERIFY(e);
        QCOMPARE(e->result, HistoryResult::Skipped);
        QVERIFY2(e->detail.contains(ps[2].email), qPrintable(e->detail));

        // An incremental run after that: still one account, nothing sent.
        QVERIFY(m_server.resetStats());
        r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(writes(), 0);
        QCOMPARE(f.zoomUsers().size(), 5);
    }

    void aRenameRecordedByAnOlderVersionIsRepairedByAFullResync()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("rename-recorded-by-old-version"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(3);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        // The old bug: the row holds the source's new name, Zoom the old one.
        ps[1].email = QStringLiteral("new-1@example.com");
        f.writeCsv(ps);
        QSqlQuery q(f.database().handle());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE managed_users SET user_name = 'new-1@example.com' WHERE source_key = '%1'")
                .arg(ps[1].key)));
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync(false, true);
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(posts(), 0);
        QCOMPARE(f.zoomUsers().size(), 3);
        QCOMPARE(rowUserName(f, ps[1].key), QStringLiteral("user-00001@example.com"));
    }

    void aCaseChangeIsTheSameAccount()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("case-change"));
        SyncFixture f(&m_server);
        // Usernames as the source writes them (the fixture's mapping lower-cases them).
        QJsonObject rule = f.connection().rule;
        QJsonObject mapping = rule.value(QStringLiteral("mapping")).toObject();
        mapping.insert(
            QStringLiteral("userName"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("email")}});
        mapping.insert(
            QStringLiteral("email"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("email")}});
        rule.insert(QStringLiteral("mapping"), mapping);
        f.connection().rule = rule;
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(3);
        ps[0].email = QStringLiteral("Mixed.Case@example.com");
        // An account Zoom already has, in other letters.
        QCOMPARE(
            m_server.seedUsers({ScimTestServer::makeUser(QStringLiteral("USER-00001@EXAMPLE.COM"))}).size(),
            1);
        f.writeCsv(ps);
        SyncReport r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(r.counts.count(HistoryOperation::Adopt, HistoryResult::Success), 1);
        QCOMPARE(f.zoomUsers().size(), 3);

        ps[0].email = QStringLiteral("mixed.case@example.com");
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(posts(), 0);
        const std::optional<HistoryEvent> e = eventOf(events(f, r.runId), ps[0].key);
        QVERIFY(e);
        QVERIFY2(!e->detail.contains(QStringLiteral("no second account")), qPrintable(e->detail));
        QVERIFY(m_server.resetStats());
        r = f.sync(false, true);
        QCOMPARE(posts(), 0);
        QCOMPARE(f.zoomUsers().size(), 3);
    }

    void anAccountDeletedInZoomIsProvisionedAgainOnce()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("deleted-in-zoom"));
        SyncFixture f(&m_server);
        const QList<Person> ps = people(4);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QVERIFY2(replaceZoomUsers(zoomUsersExcept(ps[1].email)), qPrintable(m_server.lastError()));
        QCOMPARE(f.zoomUsers().size(), 3);

        QVERIFY(m_server.resetStats());
        SyncReport r = f.sync(false, true);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Create, HistoryResult::Success), 1);
        QCOMPARE(posts(), 1);
        QCOMPARE(f.zoomUsers().size(), 4);
        QVERIFY(m_server.resetStats());
        r = f.sync(false, true);
        QCOMPARE(writes(), 0);
        QCOMPARE(f.zoomUsers().size(), 4);
    }

    void anInactivePreCreatedAccountIsAdoptedAndActivated()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("pre-created-active-and-inactive"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(3);
        QJsonObject existing
            = ScimTestServer::makeUser(ps[0].email, QStringLiteral("Old"), QStringLiteral("Name"));
        existing.insert(QStringLiteral("active"), false);
        QJsonObject activeOne = ScimTestServer::makeUser(ps[1].email, ps[1].first, ps[1].last);
        QCOMPARE(m_server.seedUsers({existing, activeOne}).size(), 2);
        f.writeCsv(ps);
        const SyncReport r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(r.counts.count(HistoryOperation::Adopt, HistoryResult::Success), 2);
        QCOMPARE(posts(), 1);
        const QJsonObject adopted = f.zoomUsers().value(ps[0].email);
        QCOMPARE(adopted.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(
            adopted.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
            ps[0].first);
        // The history says what adoption changed, active included.
        std::optional<HistoryEvent> e = eventOf(events(f, r.runId), ps[0].key);
        QVERIFY(e);
        QStringList attributes;
        for (const AttributeChange &c : e->changes)
            attributes << c.attribute;
        QVERIFY2(attributes.contains(QStringLiteral("active")), qPrintable(attributes.join(u',')));
        QVERIFY2(attributes.contains(QStringLiteral("name.givenName")), qPrintable(attributes.join(u',')));
        QCOMPARE(f.managedCount(), 3);
    }

    void aCreateThatMeetsAnInactiveAccountLinksAndActivatesIt()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("create-meets-inactive-409"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(2);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded); // not a first sync from here on
        Person late;
        late.key = QStringLiteral("late");
        late.email = QStringLiteral("late@example.com");
        QJsonObject existing = ScimTestServer::makeUser(late.email);
        existing.insert(QStringLiteral("active"), false);
        QCOMPARE(m_server.seedUsers({existing}).size(), 1);
        ps << late;
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(r.counts.count(HistoryOperation::Adopt, HistoryResult::Success), 1);
        QCOMPARE(f.zoomUsers().size(), 3);
        QCOMPARE(f.zoomUsers().value(late.email).value(QStringLiteral("active")).toBool(), true);
        std::optional<HistoryEvent> e = eventOf(events(f, r.runId), late.key);
        QVERIFY(e);
        bool activated = false;
        for (const AttributeChange &c : e->changes)
            activated = activated || c.attribute == QLatin1String("active");
        QVERIFY(activated);
    }

    void aFullResyncReactivatesAnAccountDeactivatedInZoom()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("deactivated-in-zoom"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(3);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QVERIFY(replaceZoomUsers(zoomUsersExcept(ps[2].email, [](QJsonObject &u) {
            u.insert(QStringLiteral("active"), false);
            u.insert(QStringLiteral("title"), QStringLiteral("Changed in Zoom"));
        })));
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync(false, true);
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(posts(), 0);
        const QJsonObject u = f.zoomUsers().value(ps[2].email);
        QCOMPARE(u.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(u.value(QStringLiteral("title")).toString(), ps[2].title);
        // And it stays put: a second full resync writes nothing.
        QVERIFY(m_server.resetStats());
        QCOMPARE(f.sync(false, true).outcome, RunOutcome::Succeeded);
        QCOMPARE(writes(), 0);
    }

    void someoneLeavingAndComingBackKeepsOneAccount_data()
    {
        QTest::addColumn<bool>("deleteOnRemove");
        QTest::newRow("remove action disable") << false;
        QTest::newRow("remove action delete") << true;
    }

    void someoneLeavingAndComingBackKeepsOneAccount()
    {
        QFETCH(bool, deleteOnRemove);
        ReliabilityLine line(QStringLiteral("identity"),
            deleteOnRemove ? QStringLiteral("leave-and-come-back-delete")
                           : QStringLiteral("leave-and-come-back-disable"));
        SyncFixture f(&m_server);
        f.connection().actions.removeAction = deleteOnRemove ? RemoveAction::Delete : RemoveAction::Disable;
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(4);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        const Person leaver = ps.takeAt(1);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QCOMPARE(f.zoomUsers().contains(leaver.email), !deleteOnRemove);
        ps.insert(1, leaver);
        f.writeCsv(ps);
        SyncReport r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        QCOMPARE(f.zoomUsers().size(), 4);
        QCOMPARE(f.zoomUsers().value(leaver.email).value(QStringLiteral("active")).toBool(), true);
        QVERIFY(m_server.resetStats());
        r = f.sync(false, true);
        QCOMPARE(writes(), 0);
        QCOMPARE(f.zoomUsers().size(), 4);
    }

    void anAttributeEmptiedInTheSourceIsClearedOrReported()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("emptied-attribute"));
        SyncFixture f(&m_server);
        QList<Person> ps = people(2);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[0].title.clear(); // Zoom lets a title be removed
        ps[1].first.clear(); // but keeps a given name
        f.writeCsv(ps);
        const SyncReport r = f.sync();
        QVERIFY2(r.outcome == RunOutcome::Succeeded, qPrintable(r.message));
        const QHash<QString, QJsonObject> zoom = f.zoomUsers();
        QVERIFY2(!zoom.value(ps[0].email).contains(QStringLiteral("title")),
            qPrintable(QString::fromUtf8(QJsonDocument(zoom.value(ps[0].email)).toJson())));
        QCOMPARE(zoom.value(ps[1].email)
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("givenName"))
                     .toString(),
            QStringLiteral("First1"));
        const QList<HistoryEvent> all = events(f, r.runId);
        const std::optional<HistoryEvent> cleared = eventOf(all, ps[0].key);
        QVERIFY(cleared);
        QCOMPARE(cleared->changes.size(), 1);
        QCOMPARE(cleared->changes.first().attribute, QStringLiteral("title"));
        const std::optional<HistoryEvent> kept = eventOf(all, ps[1].key);
        QVERIFY(kept);
        QVERIFY2(kept->detail.contains(QStringLiteral("Given Name")), qPrintable(kept->detail));
        for (const AttributeChange &c : kept->changes)
            QVERIFY2(
                c.attribute != QLatin1String("name.givenName"), "a kept value must not be listed as changed");
        // Nothing is sent again for it.
        QVERIFY(m_server.resetStats());
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QCOMPARE(writes(), 0);
    }

    void aDatabaseThatCannotBeReadStopsTheRun()
    {
        ReliabilityLine line(QStringLiteral("identity"), QStringLiteral("unreadable-database"));
        SyncFixture f(&m_server);
        f.writeCsv(people(3));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        // A broken managed_users table must not look like "manages nobody" (a first sync).
        QSqlQuery q(f.database().handle());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE managed_users RENAME TO managed_users_gone")));
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.exitCode(), 3);
        QVERIFY2(r.message.contains(QStringLiteral("Cannot read which users")), qPrintable(r.message));
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 0);
        QCOMPARE(writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncIdentity)
#include "TestSyncIdentity.moc"
