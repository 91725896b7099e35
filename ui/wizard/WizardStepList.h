#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace pd {

// The numbered steps beside the wizard's pages; the current one is highlighted.
class WizardStepList : public QWidget
{
    Q_OBJECT
public:
    explicit WizardStepList(const QStringList &steps, QWidget *parent = nullptr);
    void setCurrent(int index);
    int current() const { return m_current; }

private:
    QList<QLabel *> m_labels;
    int m_current = -1;
};

} // namespace pd
