#include "SyncPanelHarness.h"

#include "SyncLogModel.h"
#include "SyncLogView.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>

namespace pd::test {

SyncPanelHarness::SyncPanelHarness(ScimTestServer *server)
    : fixture(server)
{
    bool written = false;
    SecretResult result;
    QObject context;
    secrets.write(SecretKey {fixture.connection().id, SecretKind::ClientSecret}, server->clientSecret(),
        &context, [&](const SecretResult &r) {
            result = r;
            written = true;
        });
    if (!QTest::qWaitFor([&] { return written; }, 5000) || !result.ok())
        m_error = QStringLiteral("cannot store the client secret: %1").arg(result.message);
}

std::unique_ptr<SyncPanel> SyncPanelHarness::makePanel()
{
    auto panel = std::make_unique<SyncPanel>(fixture.dataDir(), &secrets, fixture.connection());
    panel->setRetryPolicy(fixture.request().retryPolicy, 10000);
    return panel;
}

bool SyncPanelHarness::updateConnection(SyncPanel *panel)
{
    if (!fixture.saveConnection() && fixture.connection().validity == Validity::Valid)
        return false;
    panel->setConnection(fixture.connection());
    return true;
}

std::optional<SyncReport> SyncPanelHarness::runAndWait(
    SyncPanel *panel, const std::function<void()> &start, int timeoutMs)
{
    QSignalSpy finished(panel, &SyncPanel::runFinished);
    start();
    if (!finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().at(1).value<SyncReport>();
}

QMessageBox *syncConfirmBox()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (box && box->isVisible() && box->objectName() == QStringLiteral("syncConfirmBox"))
            return box;
    }
    return nullptr;
}

bool answerConfirm(bool accept)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = syncConfirmBox()) != nullptr; }, 3000))
        return false;
    QAbstractButton *button = accept ? box->findChild<QPushButton *>(QStringLiteral("syncConfirmButton"))
                                     : box->button(QMessageBox::Cancel);
    if (!button)
        return false;
    button->click();
    return true;
}

Watch watchRun(SyncPanel *panel, const std::function<void()> &start, std::optional<SyncReport> *report)
{
    Watch w;
    QElapsedTimer clock;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, panel, [&] {
        w.longestGapMs = qMax(w.longestGapMs, clock.restart());
        if (panel->state() != SyncPanel::State::Running)
            return;
        const int rows = panel->logView()->model()->rowCount();
        if (w.logRows.isEmpty() || w.logRows.last() != rows)
            w.logRows << rows;
        QProgressBar *bar = panel->progressBar();
        if (bar->maximum() > 1 && (w.progressValues.isEmpty() || w.progressValues.last() != bar->value()))
            w.progressValues << bar->value();
    });
    clock.start();
    heartbeat.start();
    *report = SyncPanelHarness::runAndWait(panel, start);
    heartbeat.stop();
    return w;
}

QStringList accessibilityProblems(QWidget *root)
{
    QStringList found;
    const auto labels = root->findChildren<QLabel *>();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w)
            || (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QProgressBar *>(w) || qobject_cast<QTabBar *>(w);
        if (!control)
            continue;
        const QString where
            = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found << where + QStringLiteral(": no accessible name");
        if ((qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget()))
            || qobject_cast<QComboBox *>(w)) {
            const bool labelled
                = std::any_of(labels.begin(), labels.end(), [w](QLabel *l) { return l->buddy() == w; });
            if (!labelled)
                found << where + QStringLiteral(": no label with it as buddy");
        }
    }
    return found;
}

} // namespace pd::test
