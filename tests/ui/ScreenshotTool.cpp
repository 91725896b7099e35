// Renders every wizard page and the Provisioning window to PNG files (scripts/screenshots).
// With --showcase SUFFIX it renders only the Provisioning window (two connections with rules and a
// sync) and the wizard's authentication page, as provisioning-window-SUFFIX.png and
// wizard-auth-SUFFIX.png, in the language of $PROVISIONDESK_LANG and the palette of
// $PROVISIONDESK_PALETTE. Test-only: it drives the real widgets with sample data, an in-memory secret store
// and a scripted connection tester, offscreen, and grabs them with QWidget::grab. Not part of the shipped
// app.
#include "ConnectionDetailsPanel.h"
#include "EditConnectionDialog.h"
#include "HistoryRecorder.h"
#include "IdentityStoreTile.h"
#include "NewConnectionWizard.h"
#include "NoBackendKeychain.h"
#include "OutboundRule.h"
#include "ProvisioningActions.h"
#include "ProvisioningWindow.h"
#include "SecretLineEdit.h"
#include "Style.h"
#include "TestConnectionFailedDialog.h"
#include "TestConnectionPage.h"
#include "ToggleSwitch.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace pd;
using namespace pd::test;

namespace {

// The window shows where secrets are; in the pictures they are "in the system keychain".
class PictureSecrets : public MemorySecretStore
{
public:
    QString description() const override
    {
        return QCoreApplication::translate("pd::KeychainSecretStore", "the system keychain");
    }
};

// A sample connection with realistic-looking (made-up) settings.
Connection sample(UiFixture &f, const QString &name, const QString &description, Validity validity,
    bool enabled, const QString &accountId, const QString &clientId)
{
    Connection c = f.add(name, validity, enabled);
    c.description = description;
    c.oauth.accountId = accountId;
    c.oauth.clientId = clientId;
    if (!f.store().update(&c))
        qFatal("cannot update the sample");
    return c;
}

QString outDir;
QStringList written;
bool failedAny = false;

void settle()
{
    QTest::qWait(120);
}

void save(QWidget *w, const QString &name)
{
    settle();
    const QString path = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        failedAny = true;
        return;
    }
    written << path;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "screenshot step failed: " << what << Qt::endl;
        failedAny = true;
    }
}

void fillAuthentication(NewConnectionWizard *wizard)
{
    typeInto(
        wizard->findChild<QLineEdit *>(QStringLiteral("accountIdEdit")), QStringLiteral("Xq3kR7vTQ0mB2c"));
    typeInto(
        wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("pA9s8dF7gH6jK5"));
    typeInto(wizard->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(),
        QStringLiteral("not-a-real-secret"));
}

void wizardPages()
{
    UiFixture f;
    f.add(QStringLiteral("Zoom (production)"), Validity::Valid, true);
    f.tester.mode = FakeTesterControl::Mode::Manual;
    auto *wizard = new NewConnectionWizard(&f.database, &f.service, f.tester.factory());
    wizard->show();
    save(wizard, QStringLiteral("wizard-1-identity-store"));
    wizard->findChild<IdentityStoreTile *>(QStringLiteral("zoomTile"))->click();
    save(wizard, QStringLiteral("wizard-1-identity-store-selected"));
    check(clickNext(wizard), "to name");

    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("zoom (Production)"));
    save(wizard, QStringLiteral("wizard-2-name-duplicate"));
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Zoom (EMEA)"));
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Staff of the EMEA offices, from the HR directory."));
    save(wizard, QStringLiteral("wizard-2-name"));
    check(clickNext(wizard), "to authentication");

    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("scimUrlEdit")),
        QStringLiteral("http://api.zoom.us/scim2"));
    wizard->button(QWizard::NextButton)->click();
    save(wizard, QStringLiteral("wizard-3-authentication-errors"));
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("scimUrlEdit")),
        QStringLiteral("https://api.zoom.us/scim2"));
    fillAuthentication(wizard);
    save(wizard, QStringLiteral("wizard-3-authentication"));
    check(clickNext(wizard), "to test");

    save(wizard, QStringLiteral("wizard-4-test-running"));
    f.tester.respond(FakeTesterControl::failed());
    TestConnectionFailedDialog *dialog = nullptr;
    check(QTest::qWaitFor(
              [&] { return (dialog = visibleTopLevel<TestConnectionFailedDialog>()) != nullptr; }, 3000),
        "failure dialog");
    if (dialog) {
        dialog->adjustSize();
        save(dialog, QStringLiteral("wizard-4-test-failed-dialog"));
        dialog->cancelButton()->click();
    }
    check(QTest::qWaitFor(
              [&] { return wizard->currentId() == NewConnectionWizard::AuthenticationPageId; }, 3000),
        "back to authentication");
    wizard->button(QWizard::NextButton)->click();
    check(QTest::qWaitFor([&] { return f.tester.isRunning(); }, 3000), "second test");
    f.tester.respond(FakeTesterControl::passed());
    settle();
    save(wizard, QStringLiteral("wizard-4-test-passed"));
    check(clickNext(wizard), "to user actions");

    save(wizard, QStringLiteral("wizard-5-user-actions"));
    wizard->findChild<QCheckBox *>(QStringLiteral("deprovisionUsersCheck"))->click();
    wizard->findChild<QRadioButton *>(QStringLiteral("removeActionDeleteRadio"))->click();
    save(wizard, QStringLiteral("wizard-5-user-actions-delete"));
    check(clickNext(wizard), "to save");

    save(wizard, QStringLiteral("wizard-6-save"));
    f.memory.failNext(SecretResult::Error::AccessDenied);
    wizard->button(QWizard::FinishButton)->click();
    check(QTest::qWaitFor(
              [&] { return wizard->findChild<QWidget *>(QStringLiteral("saveProblemPanel"))->isVisible(); },
              3000),
        "keychain error");
    save(wizard, QStringLiteral("wizard-6-save-keychain-error"));
    delete wizard;
}

void noKeychain()
{
    NoBackendKeychain keychain(QStringLiteral("ProvisionDesk-screenshots"));
    UiFixture f(&keychain);
    auto *wizard = new NewConnectionWizard(&f.database, &f.service, f.tester.factory());
    wizard->show();
    check(advanceTo(wizard, NewConnectionWizard::SavePageId, QStringLiteral("Zoom (laptop)")),
        "no keychain: to save");
    wizard->button(QWizard::FinishButton)->click();
    check(
        QTest::qWaitFor(
            [&] { return wizard->findChild<QWidget *>(QStringLiteral("keepForSessionButton"))->isVisible(); },
            3000),
        "session offer");
    save(wizard, QStringLiteral("wizard-6-save-no-keychain"));
    delete wizard;
}

void provisioningWindow()
{
    {
        UiFixture empty;
        ProvisioningWindow window(&empty.database, &empty.service, empty.tester.factory());
        window.show();
        save(&window, QStringLiteral("provisioning-window-empty"));
    }
    PictureSecrets secrets;
    UiFixture f(&secrets);
    sample(f, QStringLiteral("Zoom (production)"), QStringLiteral("All staff from the HR directory (LDAP)."),
        Validity::Valid, true, QStringLiteral("Xq3kR7vTQ0mB2cYw"), QStringLiteral("pA9s8dF7gH6jK5lZ"));
    sample(f, QStringLiteral("Zoom (staging)"), QStringLiteral("Test tenant; the app's secret was rotated."),
        Validity::Invalid, false, QStringLiteral("Tn4bV8cX2zL6qW1e"), QStringLiteral("mK3jH5gF7dS9aP0o"));
    sample(f, QStringLiteral("Zoom training rooms"),
        QStringLiteral("Shared training-room accounts from a CSV file."), Validity::Untested, false,
        QStringLiteral("Rr7uY3tE5wQ1iO9p"), QStringLiteral("zX8cV6bN4mL2kJ0h"));
    ProvisioningWindow window(&f.database, &f.service, f.tester.factory());
    window.show();
    save(&window, QStringLiteral("provisioning-window"));

    window.selectConnection(f.store().findByName(QStringLiteral("Zoom (staging)"))->id);
    window.detailsPanel()->enableToggle()->click();
    save(&window, QStringLiteral("provisioning-window-invalid"));

    window.selectConnection(f.store().findByName(QStringLiteral("Zoom (production)"))->id);
    window.editConnection();
    auto *edit = visibleTopLevel<EditConnectionDialog>();
    check(edit != nullptr, "edit dialog");
    if (edit) {
        edit->tabs()->setCurrentIndex(EditConnectionDialog::AuthenticationTab);
        save(edit, QStringLiteral("edit-connection"));
        edit->reject();
    }
    window.deleteConnection();
    auto *box = visibleTopLevel<QMessageBox>(QStringLiteral("deleteConfirmBox"));
    check(box != nullptr, "delete confirmation");
    if (box) {
        save(box, QStringLiteral("delete-confirm"));
        box->reject();
    }
    settle();
}

void setRule(UiFixture &f, Connection c, const SourceSettings &source)
{
    c.rule = OutboundRule::withDefaults(source).toJson();
    if (!f.store().update(&c))
        qFatal("cannot store the sample rule");
}

// A finished sync of people users: most created, a few updated, one failed.
void recordSync(UiFixture &f, const Connection &c, int people)
{
    HistoryRecorder rec(f.database.handle());
    RunRecord run;
    run.connectionId = c.id;
    run.connectionName = c.name;
    run.startedAt = QDateTime::currentDateTime().addSecs(-3600);
    check(rec.startRun(run) > 0, "sample run");
    for (int i = 0; i < people; ++i) {
        HistoryEvent e;
        e.sourceKey = QStringLiteral("emp-%1").arg(i);
        e.userName = QStringLiteral("user%1@example.com").arg(i);
        e.operation = i % 9 == 0 ? HistoryOperation::Update : HistoryOperation::Create;
        e.result = i == 7 ? HistoryResult::Failed : HistoryResult::Success;
        rec.recordEvent(e);
    }
    check(rec.finishRun(RunOutcome::Partial, {}, run.startedAt.addSecs(95)), "sample run finished");
}

// The pictures of the "Must show": the window and the authentication page, per language
// and palette.
void showcase(const QString &suffix)
{
    {
        PictureSecrets secrets;
        UiFixture f(&secrets);
        const Connection production = sample(f, QStringLiteral("Zoom (production)"),
            QStringLiteral("All staff from the HR directory (LDAP)."), Validity::Valid, true,
            QStringLiteral("Xq3kR7vTQ0mB2cYw"), QStringLiteral("pA9s8dF7gH6jK5lZ"));
        const Connection training = sample(f, QStringLiteral("Zoom training rooms"),
            QStringLiteral("Shared training-room accounts from a CSV file."), Validity::Untested, false,
            QStringLiteral("Rr7uY3tE5wQ1iO9p"), QStringLiteral("zX8cV6bN4mL2kJ0h"));
        SourceSettings ldap;
        ldap.type = SourceSettings::Type::Ldap;
        ldap.ldap.url = QUrl(QStringLiteral("ldaps://dc1.example.com"));
        ldap.ldap.baseDn = QStringLiteral("ou=Staff,dc=example,dc=com");
        setRule(f, *f.store().find(production.id), ldap);
        SourceSettings csv;
        csv.type = SourceSettings::Type::Csv;
        csv.csv.file = QStringLiteral("/srv/provisioning/training-rooms.csv");
        csv.csv.keyColumn = QStringLiteral("id");
        setRule(f, *f.store().find(training.id), csv);
        recordSync(f, production, 42);

        ProvisioningWindow window(&f.database, &f.service, f.tester.factory());
        ProvisioningActions actions(&window);
        window.resize(1180, 760);
        window.show();
        window.selectConnection(production.id);
        QTest::qWait(400); // the history loaders answer
        save(&window, QStringLiteral("provisioning-window-") + suffix);
    }
    UiFixture f;
    auto *wizard = new NewConnectionWizard(&f.database, &f.service, f.tester.factory());
    wizard->show();
    check(advanceTo(wizard, NewConnectionWizard::AuthenticationPageId, QStringLiteral("Zoom (EMEA)")),
        "showcase: to authentication");
    fillAuthentication(wizard);
    save(wizard, QStringLiteral("wizard-auth-") + suffix);
    delete wizard;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Remembered window state and language live in a throw-away folder: the pictures never depend
    // on (or change) the settings of whoever renders them.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProvisionDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvisionDesk"));
    if (!qEnvironmentVariableIsEmpty("PROVISIONDESK_LANG")) {
        Translations::install(&app); // Qt's own strings
        // This tool embeds no :/i18n: it reads the .qm files lrelease made for the executables.
        auto *ours = new QTranslator(&app);
        if (!ours->load(Translations::effectiveLocale(), QStringLiteral("provisiondesk"), QStringLiteral("_"),
                QCoreApplication::applicationDirPath() + QStringLiteral("/../../translations")))
            qFatal("no .qm for PROVISIONDESK_LANG in the build's translations folder (build provisiondesk)");
        QCoreApplication::installTranslator(ours);
    }
    if (!Style::applyPalette(Style::paletteFromEnvironment()))
        qFatal("PROVISIONDESK_PALETTE: dark, light or system");
    const QStringList args = QCoreApplication::arguments();
    outDir = args.size() > 1 ? args.at(1) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    const qsizetype showcaseAt = args.indexOf(QStringLiteral("--showcase"));
    if (showcaseAt > 0 && showcaseAt + 1 < args.size()) {
        showcase(args.at(showcaseAt + 1));
        for (const QString &path : std::as_const(written))
            QTextStream(stdout) << path << Qt::endl;
        return failedAny ? 1 : 0;
    }
    wizardPages();
    noKeychain();
    provisioningWindow();
    for (const QString &path : std::as_const(written))
        QTextStream(stdout) << path << Qt::endl;
    return failedAny ? 1 : 0;
}
