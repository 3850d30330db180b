#pragma once

#include "core/sitesettings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Newsdesk {

// Edits a site's list of ad slots: the slots on the left (add, remove), the selected one's
// key, name, enabled state and HTML on the right. Works on its own copy; the dialog saves it.
class AdSlotsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AdSlotsEditor(QWidget *parent = nullptr);

    void setSlots(const QList<AdSlot> &slots);
    const QList<AdSlot> &adSlots() const { return m_slots; }

    // Adds an empty slot and selects it, ready for its key.
    void addSlot();
    void removeCurrentSlot();
    void selectSlot(int row);

private:
    void currentRowChanged(int row);
    void fieldEdited();
    void updateRow(int row);

    QList<AdSlot> m_slots;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPlainTextEdit *m_content = nullptr;
};

} // namespace Newsdesk
