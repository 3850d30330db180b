#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Newsdesk {

// The strip above an article editor that says where the article is in the workflow: its state,
// a banner when the editor is read-only or the article is live (and why), and the buttons that
// go with it: Take Over, Try Again, Save a Copy and Submit for Review. It shows what the
// editor tells it and asks the editor through its *Requested signals. A note beside the banner
// tells of what happened elsewhere meanwhile (someone else saved the article).
class WorkflowBar final : public QFrame
{
    Q_OBJECT

public:
    struct View
    {
        QString state;
        QString banner;
        bool warning = false; // the banner says the editor is read-only
        bool takeOver = false;
        bool tryAgain = false;
        bool saveCopy = false;
        bool canSubmit = false;
    };

    explicit WorkflowBar(QWidget *parent = nullptr);

    void setView(const View &view);
    QString stateText() const;
    QString bannerText() const;
    // A passing note, e.g. that someone else saved a newer version (empty: none).
    void setNote(const QString &note);
    QString noteText() const;

Q_SIGNALS:
    void takeOverRequested();
    void tryAgainRequested();
    void saveCopyRequested();
    void submitRequested();

private:
    QPushButton *button(const QString &name, const QString &text, const QString &toolTip);

    QLabel *m_state = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_takeOver = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_saveCopy = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Newsdesk
