#include "FieldErrorLabel.h"

#include "Style.h"

#include <QVBoxLayout>

namespace pd {

FieldErrorLabel::FieldErrorLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, Style::errorText());
    setPalette(pal);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    hide();
}

QWidget *FieldErrorLabel::stack(QWidget *field, FieldErrorLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setAccessibleName(message.isEmpty() ? QString() : tr("Error: %1").arg(message));
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
}

} // namespace pd
