#pragma once

#include "ConnectionEditor.h"

class QCheckBox;
class QLabel;
class QRadioButton;
class QWidget;

namespace pd {

class MessageBanner;

// PingOne's "User Actions" with their dependencies held as the admin clicks (UserActions::normalize):
// "Enable users disable" needs "Enable users updation"; Remove Action is a choice only with
// "Enable users disable" (without it, deprovisioning deletes); "Deprovision on rule deletion" needs
// "Enable users deprovision". Choosing Delete shows what a Zoom deletion destroys.
class UserActionsEditor : public ConnectionEditor
{
    Q_OBJECT
public:
    explicit UserActionsEditor(QWidget *parent = nullptr);
    void load(const Connection &connection) override;
    bool save(Connection *connection) override;
    UserActions actions() const { return m_actions; }

private:
    // Applies one click to the model, makes the dependencies hold, and shows the result.
    void apply(const std::function<void(UserActions &)> &change);
    void refresh();

    UserActions m_actions;
    QCheckBox *m_create;
    QCheckBox *m_update;
    QCheckBox *m_disable;
    QCheckBox *m_deprovision;
    QWidget *m_deprovisionOptions;
    QRadioButton *m_removeDisable;
    QRadioButton *m_removeDelete;
    QLabel *m_removeNote;
    QCheckBox *m_onRuleDeletion;
    MessageBanner *m_deleteWarning;
    QLabel *m_adjusted;
};

} // namespace pd
