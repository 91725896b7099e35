#include "UserActionsEditor.h"

#include "MessageBanner.h"
#include "Style.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <vector>

namespace pd {

namespace {
// Checkbox indicator width plus spacing, so hints line up with the checkbox text.
constexpr int indent = 26;

QLabel *hint(const QString &text, QWidget *parent, int left = indent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Style::makeMuted(label);
    label->setContentsMargins(left, 0, 0, 0);
    return label;
}

QWidget *indented(QWidget *child, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(indent, 0, 0, 0);
    layout->addWidget(child);
    return box;
}
} // namespace

UserActionsEditor::UserActionsEditor(QWidget *parent)
    : ConnectionEditor(parent)
    , m_create(new QCheckBox(tr("Enable users &creation"), this))
    , m_update(new QCheckBox(tr("Enable users &updation"), this))
    , m_disable(new QCheckBox(tr("Enable users &disable"), this))
    , m_deprovision(new QCheckBox(tr("Enable users de&provision"), this))
    , m_deprovisionOptions(new QWidget(this))
    , m_removeDisable(new QRadioButton(tr("D&isable"), this))
    , m_removeDelete(new QRadioButton(tr("De&lete"), this))
    , m_removeNote(new QLabel(this))
    , m_onRuleDeletion(new QCheckBox(tr("Deprovision on &rule deletion"), this))
    , m_deleteWarning(new MessageBanner(this))
    , m_adjusted(new QLabel(this))
{
    m_create->setObjectName(QStringLiteral("createUsersCheck"));
    m_update->setObjectName(QStringLiteral("updateUsersCheck"));
    m_disable->setObjectName(QStringLiteral("disableUsersCheck"));
    m_deprovision->setObjectName(QStringLiteral("deprovisionUsersCheck"));
    m_deprovisionOptions->setObjectName(QStringLiteral("deprovisionOptions"));
    m_removeDisable->setObjectName(QStringLiteral("removeActionDisableRadio"));
    m_removeDelete->setObjectName(QStringLiteral("removeActionDeleteRadio"));
    m_removeNote->setObjectName(QStringLiteral("removeActionNote"));
    m_onRuleDeletion->setObjectName(QStringLiteral("deprovisionOnRuleDeletionCheck"));
    m_deleteWarning->setObjectName(QStringLiteral("deleteWarning"));
    m_deleteWarning->setClosable(false); // a consequence to read, not a notice to dismiss
    m_adjusted->setObjectName(QStringLiteral("adjustedNote"));
    m_create->setAccessibleName(tr("Enable users creation"));
    m_update->setAccessibleName(tr("Enable users updation"));
    m_disable->setAccessibleName(tr("Enable users disable"));
    m_deprovision->setAccessibleName(tr("Enable users deprovision"));
    m_removeDisable->setAccessibleName(tr("Remove Action: Disable"));
    m_removeDelete->setAccessibleName(tr("Remove Action: Delete"));
    m_onRuleDeletion->setAccessibleName(tr("Deprovision on rule deletion"));

    auto *removeGroup = new QButtonGroup(this);
    removeGroup->addButton(m_removeDisable);
    removeGroup->addButton(m_removeDelete);
    auto *removeLabel = new QLabel(tr("Remove Action:"), this);
    auto *removeRow = new QHBoxLayout;
    removeRow->setContentsMargins(0, 0, 0, 0);
    removeRow->addWidget(removeLabel);
    removeRow->addWidget(m_removeDisable);
    removeRow->addWidget(m_removeDelete);
    removeRow->addStretch(1);
    m_removeNote->setWordWrap(true);
    Style::makeMuted(m_removeNote);
    auto *options = new QVBoxLayout(m_deprovisionOptions);
    options->setContentsMargins(indent, 0, 0, 0);
    options->addLayout(removeRow);
    options->addWidget(m_removeNote);
    options->addWidget(m_deleteWarning);
    options->addWidget(m_onRuleDeletion);
    options->addWidget(
        hint(tr("Deprovisions the connection's users when its outbound rule is deleted."), this));

    auto *group = new QGroupBox(tr("User Actions"), this);
    auto *box = new QVBoxLayout(group);
    box->setSpacing(6);
    box->addWidget(m_create);
    box->addWidget(hint(tr("Creates a user in Zoom when the user appears in the source directory."), this));
    box->addSpacing(6);
    box->addWidget(m_update);
    box->addWidget(hint(tr("Updates the user's attributes in Zoom when they change in the source."), this));
    box->addWidget(indented(m_disable, this));
    box->addWidget(
        hint(tr("Disables the user in Zoom when the user is disabled in the source."), this, 2 * indent));
    box->addSpacing(6);
    box->addWidget(m_deprovision);
    box->addWidget(hint(tr("Removes the user from Zoom when the user leaves the source."), this));
    box->addWidget(m_deprovisionOptions);

    m_adjusted->setWordWrap(true);
    m_adjusted->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addWidget(m_adjusted);
    layout->addStretch(1);

    connect(m_create, &QCheckBox::toggled, this,
        [this](bool on) { apply([on](UserActions &a) { a.createUsers = on; }); });
    connect(m_update, &QCheckBox::toggled, this,
        [this](bool on) { apply([on](UserActions &a) { a.updateUsers = on; }); });
    connect(m_disable, &QCheckBox::toggled, this,
        [this](bool on) { apply([on](UserActions &a) { a.disableUsers = on; }); });
    connect(m_deprovision, &QCheckBox::toggled, this, [this](bool on) {
        apply([on](UserActions &a) {
            a.deprovisionUsers = on;
            // Without "disable", deleting is the only way to deprovision: the admin turned
            // deprovisioning on knowing that, and the warning below says what it means.
            if (on && !a.disableUsers)
                a.removeAction = RemoveAction::Delete;
        });
    });
    connect(m_removeDisable, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            apply([](UserActions &a) { a.removeAction = RemoveAction::Disable; });
    });
    connect(m_removeDelete, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            apply([](UserActions &a) { a.removeAction = RemoveAction::Delete; });
    });
    connect(m_onRuleDeletion, &QCheckBox::toggled, this,
        [this](bool on) { apply([on](UserActions &a) { a.deprovisionOnRuleDeletion = on; }); });
    refresh();
}

void UserActionsEditor::load(const Connection &connection)
{
    m_actions = connection.actions;
    m_actions.normalize();
    m_adjusted->hide();
    refresh();
}

bool UserActionsEditor::save(Connection *connection)
{
    m_actions.normalize();
    connection->actions = m_actions;
    return true;
}

void UserActionsEditor::apply(const std::function<void(UserActions &)> &change)
{
    UserActions wanted = m_actions;
    change(wanted);
    UserActions normalized = wanted;
    normalized.normalize();
    // Say so when a click switched something else off, rather than changing it silently.
    if (wanted.deprovisionUsers && !normalized.deprovisionUsers) {
        m_adjusted->setText(
            tr("Enable users deprovision was turned off: its Remove Action \"Disable\" needs "
               "Enable users disable. Turn deprovisioning on again to deprovision by deleting."));
        m_adjusted->show();
    } else if (wanted.disableUsers && !normalized.disableUsers) {
        m_adjusted->setText(tr("Enable users disable was turned off: it needs Enable users updation."));
        m_adjusted->show();
    } else {
        m_adjusted->hide();
    }
    m_actions = normalized;
    refresh();
    emit changed();
}

void UserActionsEditor::refresh()
{
    const QList<QObject *> all
        = {m_create, m_update, m_disable, m_deprovision, m_removeDisable, m_removeDelete, m_onRuleDeletion};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(all.size());
    for (QObject *o : all)
        blockers.emplace_back(o);
    m_create->setChecked(m_actions.createUsers);
    m_update->setChecked(m_actions.updateUsers);
    m_disable->setChecked(m_actions.disableUsers);
    m_disable->setEnabled(m_actions.disableAvailable());
    m_deprovision->setChecked(m_actions.deprovisionUsers);
    m_deprovisionOptions->setVisible(m_actions.deprovisionUsers);
    const bool deleting = m_actions.removeAction == RemoveAction::Delete;
    m_removeDisable->setChecked(!deleting);
    m_removeDelete->setChecked(deleting);
    const bool choice = m_actions.removeActionChoiceAvailable();
    m_removeDisable->setEnabled(choice);
    m_removeDelete->setEnabled(choice);
    m_removeNote->setText(choice
            ? tr("Disable keeps the user's data in Zoom and can be undone; Delete cannot.")
            : tr("Remove Action is only available with Enable users disable; without it, "
                 "deprovisioned users are deleted."));
    m_onRuleDeletion->setChecked(m_actions.deprovisionOnRuleDeletion);
    if (m_actions.deprovisionUsers && deleting) {
        m_deleteWarning->showMessage(MessageBanner::Type::Warning,
            tr("Delete removes users from Zoom permanently, with their meetings, webinars, cloud recordings "
               "and "
               "settings; it cannot be undone. Disable is reversible: it signs the user out and frees the "
               "license, and everything is kept for a later re-activation."));
    } else {
        m_deleteWarning->hideMessage();
    }
}

} // namespace pd
