#include "SavePage.h"

#include "ConnectionSaver.h"
#include "ConnectionService.h"
#include "ConnectionSummaryView.h"
#include "NewConnectionWizard.h"
#include "SaveProblemPanel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd {

SavePage::SavePage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_saver(new ConnectionSaver(wizard->service(), this))
    , m_summary(new ConnectionSummaryView(ConnectionSummaryView::Rows::All, this))
    , m_validityNote(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_problem(new SaveProblemPanel(this))
{
    setObjectName(QStringLiteral("savePage"));
    setTitle(tr("Save"));
    setSubTitle(tr("Review the connection, then click Save. The Client Secret goes to the system keychain."));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("saveSummary"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_validityNote->setObjectName(QStringLiteral("validityNote"));
    m_validityNote->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("saveBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(360);
    m_busy->setAccessibleName(tr("Saving the connection"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_validityNote);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);

    connect(m_saver, &ConnectionSaver::finished, this, &SavePage::saved);
    connect(m_problem, &SaveProblemPanel::retryRequested, this, [this] { startSave(false); });
    connect(m_problem, &SaveProblemPanel::keepForSessionRequested, this, [this] { startSave(true); });
    setState(State::Idle);
}

void SavePage::initializePage()
{
    const Connection &c = m_wizard->connection();
    m_summary->setConnection(
        c, tr("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 (goes to the system keychain)"));
    if (c.validity == Validity::Valid) {
        m_validityNote->setText(
            tr("The connection test passed. After saving, turn the connection on with the "
               "toggle in its details panel."));
    } else {
        m_validityNote->setText(
            tr("The connection will be saved as invalid: it cannot be enabled or synced until "
               "a connection test passes."));
    }
    m_problem->clear();
    setState(State::Idle);
}

bool SavePage::isComplete() const
{
    return m_state != State::Saving;
}

bool SavePage::validatePage()
{
    // Finish: the first press starts the save; the wizard is accepted once it has succeeded.
    if (m_state == State::Saved)
        return true;
    if (m_state != State::Saving)
        startSave(false);
    return false;
}

void SavePage::startSave(bool sessionOnly)
{
    if (m_saver->isBusy())
        return;
    m_problem->clear();
    setState(State::Saving);
    Connection c = m_wizard->connection();
    c.enabled = false; // enabled afterwards with the toggle, once valid
    if (sessionOnly)
        m_saver->saveForSessionOnly(c, m_wizard->clientSecret());
    else
        m_saver->save(c, m_wizard->clientSecret());
}

void SavePage::saved(bool ok)
{
    const ConnectionService::Outcome outcome = m_saver->lastOutcome();
    if (!ok) {
        setState(State::Failed);
        m_problem->showProblem(outcome.message, outcome.secretError, m_saver->canKeepForSession());
        return;
    }
    setState(State::Saved);
    m_wizard->setSavedConnectionId(m_wizard->connection().id);
    m_wizard->accept();
}

void SavePage::setState(State state)
{
    m_state = state;
    m_busy->setVisible(state == State::Saving);
    emit completeChanged(); // the wizard updates its buttons here; ours come after
    // Leaving mid-save would abandon a half-done keychain write; the save is short.
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = m_wizard->button(b))
            button->setEnabled(state != State::Saving);
    }
}

} // namespace pd
