#include "NamePage.h"

#include "NameEditor.h"
#include "NewConnectionWizard.h"

#include <QVBoxLayout>

namespace pd {

NamePage::NamePage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new NameEditor(
          [wizard](const QString &name, const QUuid &except) { return wizard->nameTaken(name, except); },
          this))
{
    setObjectName(QStringLiteral("namePage"));
    setTitle(tr("Name and description"));
    setSubTitle(tr("Name this provisioning connection so that you can find it in the list."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    // The editor keeps what the admin typed while they go back and forth; loaded once.
    m_editor->load(wizard->connection());
    connect(m_editor, &ConnectionEditor::changed, this, &QWizardPage::completeChanged);
}

void NamePage::initializePage()
{
    m_editor->setFocus();
}

bool NamePage::isComplete() const
{
    return m_editor->isComplete();
}

bool NamePage::validatePage()
{
    return m_editor->save(&m_wizard->connection());
}

} // namespace pd
