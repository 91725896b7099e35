#pragma once

#include <QTextBrowser>

namespace pd {

// Side help for the authentication step: how to create the Zoom Server-to-Server OAuth app whose
// Account ID, Client ID and Client Secret the form asks for, and the scopes it needs.
class ZoomAppHelpPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ZoomAppHelpPanel(QWidget *parent = nullptr);
    static QString helpHtml();
};

} // namespace pd
