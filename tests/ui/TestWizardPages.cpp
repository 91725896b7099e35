// The New Connection wizard page by page: order, Next gating and every input check.
#include "ConnectionSummaryView.h"
#include "FieldErrorLabel.h"
#include "IdentityStoreTile.h"
#include "NewConnectionWizard.h"
#include "SecretLineEdit.h"
#include "UiTestSupport.h"
#include "WizardStepList.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

using namespace pd;
using namespace pd::test;

namespace {
QAbstractButton *next(NewConnectionWizard *w)
{
    return w->button(QWizard::NextButton);
}

FieldErrorLabel *error(NewConnectionWizard *w, const char *name)
{
    return w->findChild<FieldErrorLabel *>(QLatin1String(name));
}

QLineEdit *edit(NewConnectionWizard *w, const char *name)
{
    return w->findChild<QLineEdit *>(QLatin1String(name));
}
} // namespace

class TestWizardPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void stepsComeInTheConsoleOrder()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        const QList<int> ids = w.pageIds();
        QCOMPARE(ids,
            (QList<int> {NewConnectionWizard::IdentityStorePageId, NewConnectionWizard::NamePageId,
                NewConnectionWizard::AuthenticationPageId, NewConnectionWizard::TestPageId,
                NewConnectionWizard::UserActionsPageId, NewConnectionWizard::SavePageId}));
        QCOMPARE(w.page(NewConnectionWizard::IdentityStorePageId)->title(),
            QStringLiteral("Select identity store"));
        QCOMPARE(w.page(NewConnectionWizard::AuthenticationPageId)->title(),
            QStringLiteral("Configure authentication"));
        QCOMPARE(w.page(NewConnectionWizard::SavePageId)->title(), QStringLiteral("Save"));
        QCOMPARE(w.currentId(), int(NewConnectionWizard::IdentityStorePageId));

        // Walk through every page; the step list follows.
        auto *steps = w.findChild<WizardStepList *>();
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId));
        QCOMPARE(steps->current(), int(NewConnectionWizard::SavePageId));
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
        QCOMPARE(w.button(QWizard::FinishButton)->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
    }

    void identityStoreNeedsAChoice()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        auto *zoom = w.findChild<IdentityStoreTile *>(QStringLiteral("zoomTile"));
        QVERIFY(zoom);
        QVERIFY(!zoom->isChecked());
        QVERIFY(!next(&w)->isEnabled());
        next(&w)->click();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::IdentityStorePageId));
        QTest::keyClick(zoom, Qt::Key_Space); // the keyboard selects a tile too
        QVERIFY(zoom->isChecked());
        QVERIFY(next(&w)->isEnabled());
        QVERIFY(clickNext(&w));
        QCOMPARE(w.connection().identityStore, QStringLiteral("zoom"));
    }

    void nameIsRequired()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::NamePageId));
        QVERIFY(!next(&w)->isEnabled());
        QVERIFY(!error(&w, "nameError")->isVisible()); // nothing typed yet: no error shown

        typeInto(edit(&w, "nameEdit"), QStringLiteral("   "));
        QVERIFY(!next(&w)->isEnabled());
        QVERIFY(error(&w, "nameError")->isVisible());
        QCOMPARE(error(&w, "nameError")->error(), QStringLiteral("A name is required."));

        typeInto(edit(&w, "nameEdit"), QStringLiteral("  Zoom (EMEA)  "));
        QVERIFY(!error(&w, "nameError")->isVisible());
        QVERIFY(next(&w)->isEnabled());
        w.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
            ->setPlainText(QStringLiteral("EMEA staff"));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.connection().name, QStringLiteral("Zoom (EMEA)"));
        QCOMPARE(w.connection().description, QStringLiteral("EMEA staff"));
    }

    void nameMustBeUniqueRegardlessOfCase()
    {
        UiFixture f;
        f.add(QStringLiteral("Zoom (Production)"), Validity::Valid);
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::NamePageId));
        typeInto(edit(&w, "nameEdit"), QStringLiteral("zoom (PRODUCTION)"));
        QVERIFY(error(&w, "nameError")->isVisible());
        QVERIFY2(error(&w, "nameError")->error().contains(QStringLiteral("already exists")),
            qPrintable(error(&w, "nameError")->error()));
        QVERIFY(!next(&w)->isEnabled());
        // The error is also the field's accessible description.
        QCOMPARE(edit(&w, "nameEdit")->accessibleDescription(), error(&w, "nameError")->error());

        typeInto(edit(&w, "nameEdit"), QStringLiteral("zoom (production) 2"));
        QVERIFY(!error(&w, "nameError")->isVisible());
        QVERIFY(clickNext(&w));
    }

    void authenticationHasThePingOneDefaults()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        QCOMPARE(edit(&w, "scimUrlEdit")->text(), QStringLiteral("https://api.zoom.us/scim2"));
        QCOMPARE(edit(&w, "tokenUrlEdit")->text(), QStringLiteral("https://zoom.us/oauth/token"));
        auto *method = w.findChild<QComboBox *>(QStringLiteral("authMethodCombo"));
        QCOMPARE(method->currentText(), QStringLiteral("OAuth Bearer Token"));
        QCOMPARE(method->currentData().toString(), QStringLiteral("oauth-s2s"));

        // The secret is masked, and the reveal toggle shows it.
        auto *secret = w.findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"));
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
        secret->revealButton()->click();
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->revealButton()->accessibleName(), QStringLiteral("Hide OAuth Client Secret"));
        secret->revealButton()->click();
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);

        // A help panel explains the Zoom app and its scopes.
        auto *help = w.findChild<QWidget *>(QStringLiteral("zoomAppHelp"));
        QVERIFY(help && help->isVisible());
        const QString html = help->property("html").toString();
        QVERIFY(html.contains(QStringLiteral("Server-to-Server OAuth")));
        for (const char *scope : {"scim2", "user:read:admin", "user:write:admin", "account:read:admin"})
            QVERIFY2(html.contains(QLatin1String(scope)), scope);
    }

    void emptyCredentialsAreRefusedInline()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        next(&w)->click();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
        QCOMPARE(error(&w, "accountIdError")->error(), QStringLiteral("The Account ID is required."));
        QCOMPARE(error(&w, "clientIdError")->error(), QStringLiteral("The Client ID is required."));
        QCOMPARE(error(&w, "clientSecretError")->error(), QStringLiteral("The Client Secret is required."));
        QVERIFY(error(&w, "clientSecretError")->isVisible());
        QCOMPARE(f.tester.starts, 0);
    }

    void urlsMustBeHttps_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("scim http") << "scimUrl"
                                   << "http://api.zoom.us/scim2"
                                   << "must use https://";
        QTest::newRow("token http") << "tokenUrl"
                                    << "http://zoom.us/oauth/token"
                                    << "must use https://";
        QTest::newRow("scim malformed") << "scimUrl"
                                        << "api.zoom.us/scim2"
                                        << "not a valid URL";
        QTest::newRow("token malformed") << "tokenUrl"
                                         << "https://"
                                         << "not a valid URL";
        QTest::newRow("scim ftp") << "scimUrl"
                                  << "ftp://api.zoom.us/scim2"
                                  << "must start with https://";
        QTest::newRow("scim empty") << "scimUrl"
                                    << ""
                                    << "is required";
        QTest::newRow("scim loopback http") << "scimUrl"
                                            << "http://127.0.0.1:8080/scim2"
                                            << "";
        QTest::newRow("token localhost http") << "tokenUrl"
                                              << "http://localhost:8080/oauth/token"
                                              << "";
        QTest::newRow("scim https") << "scimUrl"
                                    << "https://scim.example.test/scim2"
                                    << "";
    }

    void urlsMustBeHttps()
    {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QFETCH(QString, problem);
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        fillCurrentPage(&w, {}, QStringLiteral("secret"));
        auto *urlEdit = w.findChild<QLineEdit *>(field + QStringLiteral("Edit"));
        auto *urlError = w.findChild<FieldErrorLabel *>(field + QStringLiteral("Error"));
        typeInto(urlEdit, url);
        if (!problem.isEmpty() && !url.isEmpty()) {
            // Checked as soon as the admin leaves the field.
            QVERIFY2(urlError->error().contains(problem), qPrintable(urlError->error()));
        }
        next(&w)->click();
        if (problem.isEmpty()) {
            QTRY_COMPARE(w.currentId(), int(NewConnectionWizard::TestPageId));
            const Connection &c = w.connection();
            QCOMPARE((field == QLatin1String("scimUrl") ? c.scimUrl : c.oauth.tokenUrl).toString(), url);
        } else {
            QCOMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
            QVERIFY(urlError->isVisible());
            QVERIFY2(urlError->error().contains(problem), qPrintable(urlError->error()));
            QCOMPARE(f.tester.starts, 0);
        }
    }

    void backAndForthKeepsTheInput()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId, QStringLiteral("Keep me")));
        typeInto(edit(&w, "accountIdEdit"), QStringLiteral("typed-account"));
        w.back();
        QCOMPARE(edit(&w, "nameEdit")->text(), QStringLiteral("Keep me"));
        QVERIFY(clickNext(&w));
        QCOMPARE(edit(&w, "accountIdEdit")->text(), QStringLiteral("typed-account"));
    }

    void summaryShowsEverythingButTheSecret()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(
            &w, NewConnectionWizard::SavePageId, QStringLiteral("Summary"), QStringLiteral("hush-123")));
        auto *summary = w.findChild<ConnectionSummaryView *>(QStringLiteral("saveSummary"));
        QCOMPARE(summary->value(QStringLiteral("name")), QStringLiteral("Summary"));
        QCOMPARE(summary->value(QStringLiteral("identityStore")), QStringLiteral("Zoom"));
        QCOMPARE(summary->value(QStringLiteral("scimUrl")), QStringLiteral("https://api.zoom.us/scim2"));
        QCOMPARE(summary->value(QStringLiteral("accountId")), QStringLiteral("acc-123"));
        QCOMPARE(summary->value(QStringLiteral("clientId")), QStringLiteral("cid-456"));
        QVERIFY(
            summary->value(QStringLiteral("actions")).contains(QStringLiteral("Enable users creation: Yes")));
        QVERIFY(summary->value(QStringLiteral("test")).startsWith(QStringLiteral("Valid")));
        const auto labels = w.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(QStringLiteral("hush-123")), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestWizardPages)
#include "TestWizardPages.moc"
