#include "ZoomAppHelpPanel.h"

namespace pd {

ZoomAppHelpPanel::ZoomAppHelpPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("zoomAppHelp"));
    setAccessibleName(tr("Help: creating the Zoom Server-to-Server OAuth app"));
    setOpenExternalLinks(true);
    setFrameShape(QFrame::StyledPanel);
    document()->setDocumentMargin(10);
    setHtml(helpHtml());
}

QString ZoomAppHelpPanel::helpHtml()
{
    // Steps and scopes as PingOne documents them for its Zoom connection.
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Creating the app in Zoom"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr(
                    "You need a Zoom Owner or Admin account; SCIM needs a Business or Education account with "
                    "an approved vanity URL and single sign-on enabled."));
    html += QStringLiteral("<ol style=\"margin-left: -18px\">");
    const QStringList steps = {
        tr("Sign in to the <a href=\"https://marketplace.zoom.us/\">Zoom App Marketplace</a> as an "
           "administrator."),
        tr("Click <b>Develop</b>, then <b>Build App</b>."),
        tr("On the <b>Server-to-Server OAuth</b> tile, click <b>Create</b>, enter an app name and click "
           "<b>Create</b>."),
        tr("Copy the <b>Account ID</b>, <b>Client ID</b> and <b>Client Secret</b> from the <b>App "
           "credentials</b> tab into this form."),
        tr("On the <b>Information</b> tab, enter a short description, the company name and the developer "
           "contact; click <b>Continue</b>."),
        tr("On the <b>Scopes</b> tab, click <b>Add Scopes</b> and add the scopes below."),
        tr("Click <b>Done</b>, <b>Continue</b>, then <b>Activate your app</b> on the <b>Activation</b> "
           "page."),
    };
    for (const QString &step : steps)
        html += QStringLiteral("<li>%1</li>").arg(step);
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<h4>%1</h4><ul style=\"margin-left: -18px\">").arg(tr("Scopes"));
    const QList<QPair<QString, QString>> scopes = {
        {QStringLiteral("scim2"), tr("Call Zoom SCIM2 API")},
        {QStringLiteral("user:master"), tr("View and manage sub account's user information")},
        {QStringLiteral("user:read:admin"), tr("View all user information")},
        {QStringLiteral("user:write:admin"), tr("View users information and manage users")},
        {QStringLiteral("account:master"), tr("View and manage sub accounts")},
        {QStringLiteral("account:read:admin"), tr("View account info")},
        {QStringLiteral("account:write:admin"), tr("View and manage account info")},
    };
    for (const auto &[scope, title] : scopes)
        html += QStringLiteral("<li><tt>%1</tt> &ndash; %2</li>").arg(scope, title);
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr(
                    "Apps with granular scopes need <tt>scim2:admin</tt> instead of <tt>scim2</tt>. Zoom's "
                    "older JWT app type is deprecated; use a Server-to-Server OAuth app."));
    return html;
}

} // namespace pd
