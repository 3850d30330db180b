#pragma once

#include <QTextBrowser>

namespace Newsdesk {

class Library;

// Shows an article body read-only (after an optional header), with its figures' images loaded
// from the library's media (src="media:ID"). Links are not followed and nothing is fetched
// from the network.
class ArticleBodyView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleBodyView(QWidget *parent = nullptr);

    void setLibrary(Library *library) { m_library = library; }
    void setBody(const QString &headerHtml, const QString &bodyHtml);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    // Frameless to sit flush in its pane, but framed while it has the focus, so that a
    // keyboard user sees where the focus is.
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    Library *m_library = nullptr;
};

} // namespace Newsdesk
