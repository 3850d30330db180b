#pragma once

#include "core/article.h"
#include "core/lease.h"
#include "core/result.h"
#include "core/user.h"

#include <QObject>

#include <optional>

class QTimer;

namespace Newsdesk {

class Library;

// What the person may do with the article open in one editor, and the edit lease that goes
// with editing it. Opening an article the person may edit takes the lease; it is renewed every
// Workflow::LeaseRenewSeconds and released when the editor closes or the person changes. When
// the workflow refuses the edit (Transitions::check), or someone else holds or takes over the
// lease, the editor is read-only and banner() says why. The rules themselves are model/'s:
// this only asks the Workflow and remembers the answer.
class EditorAccess final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Editable,
        NoUser, // nobody is signed in
        Refused, // the workflow does not let the person edit it (role, authorship, state)
        Leased, // someone else is editing it
        TakenOver, // someone took the lease while this editor held it
    };

    EditorAccess(Library *library, const std::optional<User> &user, QObject *parent = nullptr);
    ~EditorAccess() override;

    // Works out the access to stored (the article as the library holds it; id 0 for a new one)
    // and takes the lease when the person may edit it.
    void open(const Article &stored);
    // After a save or a change of state: the article as now stored. A lease taken over stays
    // lost; an editor saved as a copy moves to the copy and its lease.
    void update(const Article &stored);
    // Another person works in this window: the lease of the previous one is released.
    void setUser(const std::optional<User> &user);
    const std::optional<User> &user() const { return m_user; }
    const Article &stored() const { return m_stored; }

    // A chief editor takes the lease from whoever holds it (audited by the Workflow).
    Status takeOver();
    // Tries to take the lease again (its holder may have closed their editor).
    void tryAgain();
    // Renews the lease now (the timer does it every Workflow::LeaseRenewSeconds); when
    // someone else took it meanwhile the editor turns TakenOver.
    void renew();
    // Gives the lease up (when the editor closes).
    void release();
    // The library is gone: nothing more is written to it.
    void forgetLibrary();

    Mode mode() const { return m_mode; }
    bool isEditable() const { return m_mode == Mode::Editable; }
    bool holdsLease() const { return m_holding; }
    // Whether the person may change the front-page flags and the weight.
    bool canCurate() const;
    bool canTakeOver() const;
    // Whether the person may submit the article (once modified edits are saved).
    bool canSubmit(bool modified) const;
    // Why the editor is read-only, or what saving a live article does; empty when all is plain.
    QString banner() const;
    // The article's state for the editor's bar: "Published · edit Draft".
    QString stateText() const;

Q_SIGNALS:
    void changed();

private:
    void acquire();
    Article fresh() const;
    std::optional<Lease> findOtherLease() const;

    Library *m_library = nullptr;
    std::optional<User> m_user;
    Article m_stored;
    Mode m_mode = Mode::NoUser;
    QString m_reason;
    std::optional<Lease> m_other;
    bool m_holding = false;
    QTimer *m_renewal = nullptr;
};

} // namespace Newsdesk
