#pragma once

#include "core/article.h"
#include "recovery/recoveryentry.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace Newsdesk {

// Offers the unsaved edits found in the recovery store for a library (after a crash): for
// each article, restore it into an editor, compare it with the saved version, or discard it
// (after confirming). What the person does not decide stays in the store and is offered again
// next time: nothing is dropped silently.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Restore, Discard, Later };
    // The saved version of an entry's article, when there is one (not for new articles).
    using SavedVersion = std::function<std::optional<Article>(const RecoveryEntry &)>;

    RecoveryDialog(const QList<RecoveryEntry> &entries, SavedVersion savedVersion,
                   QWidget *parent = nullptr);

    // What was decided for each entry, by key; entries left undecided are Later.
    QHash<QString, Action> actions() const { return m_actions; }

    // Shows the dialog (or applies the action set by setNextAction to every entry).
    static QHash<QString, Action> ask(QWidget *parent, const QList<RecoveryEntry> &entries,
                                      const SavedVersion &savedVersion);
    // Test seam: the next ask() decides action for every entry without showing anything.
    static void setNextAction(Action action);

private:
    void decide(Action action);
    void compare();
    void updateButtons();
    const RecoveryEntry *selectedEntry() const;

    QList<RecoveryEntry> m_entries;
    SavedVersion m_savedVersion;
    QHash<QString, Action> m_actions;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Newsdesk
