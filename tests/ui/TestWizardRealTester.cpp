// Issue 3's GUI check with the REAL tester: the wizard's Test step against the SCIM test server
// fails with a wrong secret and names the cause, and passes once the secret is fixed.
#include "NewConnectionWizard.h"
#include "ScimTestServer.h"
#include "SecretLineEdit.h"
#include "TestConnectionPage.h"
#include "UiTestSupport.h"
#include "ZoomConnectionTester.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestWizardRealTester : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;

    void fillAuthentication(NewConnectionWizard *w, const QString &secret)
    {
        typeInto(w->findChild<QLineEdit *>(QStringLiteral("scimUrlEdit")), m_server.scimUrl().toString());
        typeInto(w->findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit")), m_server.tokenUrl().toString());
        typeInto(w->findChild<QLineEdit *>(QStringLiteral("accountIdEdit")), m_server.options().accountId);
        typeInto(w->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), m_server.options().clientId);
        typeInto(w->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(), secret);
    }

private slots:
    void initTestCase()
    {
        quietOffscreenPlatform();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void wrongSecretNamesTheCauseThenTheFixPasses()
    {
        UiFixture f;
        const ConnectionTesterFactory real
            = [](QObject *parent) -> ConnectionTester * { return new ZoomConnectionTester(parent); };
        NewConnectionWizard w(&f.database, &f.service, real);
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId, QStringLiteral("Real test")));
        fillAuthentication(&w, QStringLiteral("not-the-secret"));
        w.button(QWizard::NextButton)->click();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::TestPageId));

        // The real tester fails, and the "Test Connection Failed" dialog names the cause.
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = visibleTopLevel<QWidget>(QStringLiteral("testConnectionFailedDialog"))); },
            20000));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("failureSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Client ID"), Qt::CaseInsensitive)
                || summary.contains(QStringLiteral("secret"), Qt::CaseInsensitive),
            qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("not-the-secret")));

        // Cancel goes back to step 3 to fix it; the right secret then passes.
        dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_COMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
        typeInto(w.findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(),
            m_server.clientSecret());
        w.button(QWizard::NextButton)->click();
        auto *page = qobject_cast<TestConnectionPage *>(w.page(NewConnectionWizard::TestPageId));
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == TestConnectionPage::State::Passed, 20000);
        QCOMPARE(w.connection().validity, Validity::Valid);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestWizardRealTester)
#include "TestWizardRealTester.moc"
