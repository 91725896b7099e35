#include "WizardStepList.h"

#include "Style.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pd {

WizardStepList::WizardStepList(const QStringList &steps, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wizardSteps"));
    setAccessibleName(tr("Steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 16, 8);
    layout->setSpacing(4);
    for (int i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setMinimumWidth(160);
        label->setProperty("stepText", steps.at(i));
        layout->addWidget(label);
        m_labels << label;
    }
    layout->addStretch(1);
    setCurrent(0);
}

void WizardStepList::setCurrent(int index)
{
    m_current = index;
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels.at(i);
        const QString text = label->property("stepText").toString().toHtmlEscaped();
        const bool current = i == index;
        const bool done = i < index;
        const QString circle = current ? Style::accent().name()
            : done                     ? QStringLiteral("#1e8e3e")
                                       : QStringLiteral("#9aa0a6");
        const QString mark = done ? QStringLiteral("\u2713") : QString::number(i + 1);
        label->setText(
            QStringLiteral("<table cellpadding=\"3\"><tr><td><span style=\"color:%1; font-weight:bold\">"
                           "%2</span></td><td>%3%4%5</td></tr></table>")
                .arg(circle, mark, current ? QStringLiteral("<b>") : QString(), text,
                    current ? QStringLiteral("</b>") : QString()));
        label->setAccessibleName(current
                ? tr("Step %1 of %2: %3, current").arg(i + 1).arg(m_labels.size()).arg(text)
                : tr("Step %1 of %2: %3").arg(i + 1).arg(m_labels.size()).arg(text));
    }
}

} // namespace pd
