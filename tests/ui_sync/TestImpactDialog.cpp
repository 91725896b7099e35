// Impact before saving, in the app: Edit connection's Save shows the impact dialog when the edit of
// the user actions changes what happens to managed people (computed off the UI thread, no Zoom
// request), saves only on Save anyway, and saves without asking when nothing changes. The rule
// dialog's save path goes through the same ImpactDialog::confirmThenSave. Real SCIM test server.
// PD_SCREENSHOTS=DIR writes DIR/impact-dialog.png.
#include "ConnectionService.h"
#include "EditConnectionDialog.h"
#include "ImpactDialog.h"
#include "MemorySecretStore.h"
#include "SyncFixture.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject excluding(const QStringList &keys)
{
    QJsonArray conditions;
    for (const QString &key : keys)
        conditions.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("@key")},
            {QStringLiteral("operator"), QStringLiteral("notEquals")}, {QStringLiteral("value"), key}});
    return QJsonObject {
        {QStringLiteral("match"), QStringLiteral("all")}, {QStringLiteral("conditions"), conditions}};
}

int scimRequests(ScimTestServer &server)
{
    int total = 0;
    const QJsonObject requests = server.stats().value(QStringLiteral("requests")).toObject();
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        total += it.value().toInt();
    return total;
}

} // namespace

class TestImpactDialog : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    // Ten people synced; then the filter leaves three out while deprovisioning is off: the next sync
    // would leave their accounts alone.
    bool prepare(SyncFixture &f)
    {
        f.connection().removalGuard = RemovalGuard {50, 500};
        f.connection().actions.deprovisionUsers = false;
        f.connection().actions.deprovisionOnRuleDeletion = false;
        if (!f.saveConnection())
            return false;
        f.writeCsv(people(10));
        if (f.sync().outcome != RunOutcome::Succeeded)
            return false;
        f.connection().rule.insert(QStringLiteral("filter"),
            excluding(
                {QStringLiteral("user-00001"), QStringLiteral("user-00004"), QStringLiteral("user-00008")}));
        return f.saveConnection() && m_server.resetStats();
    }

    std::unique_ptr<EditConnectionDialog> editDialog(SyncFixture &f, ConnectionService *service)
    {
        auto d = std::make_unique<EditConnectionDialog>(
            f.connection(), [](const QString &, const QUuid &) { return false; }, service);
        d->show();
        return d;
    }

    static QPushButton *saveButton(EditConnectionDialog *d)
    {
        return d->findChild<QPushButton *>(QStringLiteral("saveButton"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void saveShowsTheImpactOfTurningOnDeprovision()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(prepare(f));
        MemorySecretStore secrets;
        ConnectionService service(&f.database(), &secrets);
        auto dialog = editDialog(f, &service);
        auto *deprovision = dialog->findChild<QCheckBox *>(QStringLiteral("deprovisionUsersCheck"));
        QVERIFY(deprovision);
        deprovision->setChecked(true);

        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        auto *impact = dialog->findChild<ImpactDialog *>(QStringLiteral("impactDialog"));
        QVERIFY(impact);
        QVERIFY(impact->isVisible());
        QVERIFY(impact->isComputing());
        QCOMPARE(impact->summaryLabel()->text(), QStringLiteral("Computing impact…"));
        QTRY_VERIFY_WITH_TIMEOUT(!impact->isComputing(), 30000);
        QVERIFY(impact->isVisible());
        QVERIFY2(impact->summaryLabel()->text().startsWith(
                     QStringLiteral("This edit would create 0, update 0, disable 3, remove 0.")),
            qPrintable(impact->summaryLabel()->text()));
        QCOMPARE(impact->peopleList()->topLevelItemCount(), 3);
        QCOMPARE(impact->peopleList()->topLevelItem(0)->text(0), QStringLiteral("user-00001@example.com"));
        QCOMPARE(impact->peopleList()->topLevelItem(0)->text(2), QStringLiteral("Remove (disable)"));
        QCOMPARE(scimRequests(m_server), 0);
        // Not saved while the admin decides.
        QVERIFY(!ConnectionStore(f.database().handle()).find(f.connection().id)->actions.deprovisionUsers);

        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOTS"); !dir.isEmpty()) {
            impact->resize(720, 380);
            QDir().mkpath(dir);
            QVERIFY(impact->grab().save(QDir(dir).filePath(QStringLiteral("impact-dialog.png"))));
        }

        QSignalSpy closed(dialog.get(), &QDialog::finished);
        QTest::mouseClick(impact->saveAnywayButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 10000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(ConnectionStore(f.database().handle()).find(f.connection().id)->actions.deprovisionUsers);
    }

    void ruleEditGoesThroughTheSameConfirmation()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(prepare(f));
        MemorySecretStore secrets;
        QWidget parent;
        parent.show();
        const Connection before = f.connection();
        int saves = 0;
        // The rule dialog's Save: a rule that changes who is in scope while deprovisioning is off and
        // everyone is in sync changes nothing for anyone, so it saves after an empty forecast.
        Connection quiet = before;
        quiet.rule.insert(QStringLiteral("filter"), excluding({QStringLiteral("user-00002")}));
        ImpactDialog::confirmThenSave(before, quiet, f.dataDir(), &secrets, &parent, [&] { ++saves; });
        QTRY_COMPARE_WITH_TIMEOUT(saves, 1, 30000);

        // With deprovisioning on, bringing the three back in scope cancels their removals: asked first.
        Connection deprovisioning = before;
        deprovisioning.actions.deprovisionUsers = true;
        Connection back = deprovisioning;
        back.rule.remove(QStringLiteral("filter"));
        ImpactDialog::confirmThenSave(deprovisioning, back, f.dataDir(), &secrets, &parent, [&] { ++saves; });
        auto *impact = parent.findChild<ImpactDialog *>();
        QVERIFY(impact);
        QTRY_VERIFY_WITH_TIMEOUT(!impact->isComputing(), 30000);
        QCOMPARE(saves, 1);
        QCOMPARE(impact->result().noLonger(), (QMap<QString, int> {{QStringLiteral("remove-disable"), 3}}));
        QTest::mouseClick(impact->saveAnywayButton(), Qt::LeftButton);
        QCOMPARE(saves, 2);
        QCOMPARE(scimRequests(m_server), 0);
    }

    void cancelKeepsTheEditUnsaved()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(prepare(f));
        MemorySecretStore secrets;
        ConnectionService service(&f.database(), &secrets);
        auto dialog = editDialog(f, &service);
        dialog->findChild<QCheckBox *>(QStringLiteral("deprovisionUsersCheck"))->setChecked(true);
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        auto *impact = dialog->findChild<ImpactDialog *>(QStringLiteral("impactDialog"));
        QVERIFY(impact);
        QTRY_VERIFY_WITH_TIMEOUT(!impact->isComputing(), 30000);
        impact->reject();
        QTest::qWait(50);
        QVERIFY(dialog->isVisible());
        QVERIFY(!ConnectionStore(f.database().handle()).find(f.connection().id)->actions.deprovisionUsers);
    }

    void anEditThatChangesNothingSavesWithoutAsking()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(prepare(f));
        MemorySecretStore secrets;
        ConnectionService service(&f.database(), &secrets);

        // The user actions change, but not for anyone: creation off while everyone is already
        // created. The impact is computed, is empty, and the save goes on without asking.
        auto dialog = editDialog(f, &service);
        QSignalSpy closed(dialog.get(), &QDialog::finished);
        dialog->findChild<QCheckBox *>(QStringLiteral("createUsersCheck"))->setChecked(false);
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 30000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!ConnectionStore(f.database().handle()).find(f.connection().id)->actions.createUsers);
        QVERIFY(!dialog->findChild<ImpactDialog *>(QStringLiteral("impactDialog"))
            || !dialog->findChild<ImpactDialog *>(QStringLiteral("impactDialog"))
                    ->saveAnywayButton()
                    ->isVisible());

        // Nothing that could change a plan: no impact dialog at all.
        f.connection() = *ConnectionStore(f.database().handle()).find(f.connection().id);
        auto plain = editDialog(f, &service);
        QSignalSpy plainClosed(plain.get(), &QDialog::finished);
        QTest::mouseClick(saveButton(plain.get()), Qt::LeftButton);
        QVERIFY(!plain->findChild<ImpactDialog *>());
        QVERIFY(!plainClosed.isEmpty()); // saved at once: nothing to forecast
        QCOMPARE(scimRequests(m_server), 0);
    }
};

QTEST_MAIN(TestImpactDialog)
#include "TestImpactDialog.moc"
