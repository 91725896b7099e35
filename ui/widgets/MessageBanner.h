#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QToolButton;

namespace pd {

// An inline message above a panel (KeePassXC's MessageWidget idea): a tinted bar with an icon,
// wrapped text and a close button. Announced to assistive technology when shown.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    void showMessage(Type type, const QString &text);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }
    void setClosable(bool closable);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Type m_type = Type::Information;
    QColor m_background;
    QColor m_border;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace pd
