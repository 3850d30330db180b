#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int DebounceMs = 250;
const QString TrashKey = u"trash"_s;

void setItems(QComboBox *box, const QStringList &items)
{
    const QString text = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(QString());
    box->addItems(items);
    box->setEditText(text);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setFilterMode(Qt::MatchContains);
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"filterBar"_s);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChangedNow);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"filter.search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search titles, text, tags, sources and authors"));
    m_search->setAccessibleName(tr("Search articles"));
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::emitChangedSoon);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitChangedNow);
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            emitChangedNow();
    });

    m_status = new QComboBox(this);
    m_status->setObjectName(u"filter.status"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All states"), QString());
    for (ArticleStatus status : ArticleStatuses::all())
        m_status->addItem(ArticleStatuses::displayName(status), ArticleStatuses::key(status));
    m_status->addItem(tr("Trash"), TrashKey);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitChangedNow);

    m_more = new QToolButton(this);
    m_more->setObjectName(u"filter.more"_s);
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setToolTip(tr("Filter by tag, author, editor, source, flag and date"));
    m_saved = new QToolButton(this);
    m_saved->setObjectName(u"filter.saved"_s);
    m_saved->setText(tr("Saved Searches"));
    m_saved->setPopupMode(QToolButton::InstantPopup);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_more);
    top->addWidget(m_saved);

    m_details = new QWidget(this);
    auto *details = new QHBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_details);
        l->setBuddy(field);
        details->addWidget(l);
        details->addWidget(field, 1);
    };
    m_tag = makeValueBox(u"filter.tag"_s, tr("Tag"));
    m_author = makeValueBox(u"filter.author"_s, tr("Author"));
    m_editor = makeValueBox(u"filter.editor"_s, tr("Editor"));
    m_source = makeValueBox(u"filter.source"_s, tr("Source"));
    addLabelled(tr("&Tag:"), m_tag);
    addLabelled(tr("&Author:"), m_author);
    addLabelled(tr("&Editor:"), m_editor);
    addLabelled(tr("S&ource:"), m_source);

    m_flag = new QComboBox(m_details);
    m_flag->setObjectName(u"filter.flag"_s);
    m_flag->setAccessibleName(tr("Flag"));
    m_flag->addItem(tr("Any flag"), 0);
    for (ArticleFlag flag : ArticleFlagsText::all())
        m_flag->addItem(ArticleFlagsText::displayName(flag), int(flag));
    connect(m_flag, &QComboBox::currentIndexChanged, this, &FilterBar::emitChangedNow);
    details->addWidget(m_flag);

    m_dated = new QCheckBox(tr("&Published"), m_details);
    m_dated->setObjectName(u"filter.dated"_s);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), m_details);
    m_from->setObjectName(u"filter.from"_s);
    m_from->setAccessibleName(tr("Published from"));
    m_until = new QDateEdit(QDate::currentDate(), m_details);
    m_until->setObjectName(u"filter.until"_s);
    m_until->setAccessibleName(tr("Published until"));
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChangedSoon);
    }
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        emitChangedNow();
    });
    details->addWidget(m_dated);
    details->addWidget(m_from);
    details->addWidget(new QLabel(tr("to"), m_details));
    details->addWidget(m_until);
    auto *clear = new QToolButton(m_details);
    clear->setObjectName(u"filter.clear"_s);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear every filter and the search"));
    connect(clear, &QToolButton::clicked, this, &FilterBar::clear);
    details->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    layout->addWidget(m_details);
    m_details->setVisible(false);
    connect(m_more, &QToolButton::toggled, m_details, &QWidget::setVisible);
    updateMoreButton();
}

QComboBox *FilterBar::makeValueBox(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(6);
    box->lineEdit()->setPlaceholderText(tr("any"));
    box->lineEdit()->setClearButtonEnabled(true);
    connect(box, &QComboBox::currentTextChanged, this, &FilterBar::emitChangedSoon);
    connect(box, &QComboBox::activated, this, &FilterBar::emitChangedNow);
    return box;
}

void FilterBar::setCompletions(const QStringList &tags, const QStringList &authors,
                               const QStringList &editors, const QStringList &sources)
{
    setItems(m_tag, tags);
    setItems(m_author, authors);
    setItems(m_editor, editors);
    setItems(m_source, sources);
}

void FilterBar::applyTo(ArticleFilter &f) const
{
    const QString status = m_status->currentData().toString();
    f.scope = status == TrashKey ? ArticleFilter::Scope::Trash : ArticleFilter::Scope::Library;
    f.status = ArticleStatuses::fromKey(status);
    f.search = m_search->text().trimmed();
    f.tag = m_tag->currentText().trimmed();
    f.author = m_author->currentText().trimmed();
    f.editor = m_editor->currentText().trimmed();
    f.source = m_source->currentText().trimmed();
    f.flags = ArticleFlags::fromInt(m_flag->currentData().toUInt());
    f.publishedFrom = m_dated->isChecked() ? m_from->date() : QDate();
    f.publishedUntil = m_dated->isChecked() ? m_until->date() : QDate();
}

void FilterBar::showFilter(const ArticleFilter &f)
{
    m_quiet = true;
    m_search->setText(f.search);
    const QString status = f.scope == ArticleFilter::Scope::Trash
            ? TrashKey
            : (f.status ? ArticleStatuses::key(*f.status) : QString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_tag->setEditText(f.tag);
    m_author->setEditText(f.author);
    m_editor->setEditText(f.editor);
    m_source->setEditText(f.source);
    m_flag->setCurrentIndex(std::max(0, m_flag->findData(int(f.flags.toInt()))));
    const bool dated = f.publishedFrom.isValid() || f.publishedUntil.isValid();
    m_dated->setChecked(dated);
    if (f.publishedFrom.isValid())
        m_from->setDate(f.publishedFrom);
    if (f.publishedUntil.isValid())
        m_until->setDate(f.publishedUntil);
    m_quiet = false;
    m_debounce->stop();
    if (dated || !f.tag.isEmpty() || !f.author.isEmpty() || !f.editor.isEmpty()
        || !f.source.isEmpty() || f.flags)
        m_more->setChecked(true);
    updateMoreButton();
}

void FilterBar::clear()
{
    ArticleFilter none;
    showFilter(none);
    emitChangedNow();
}

void FilterBar::emitChangedSoon()
{
    if (!m_quiet)
        m_debounce->start();
}

void FilterBar::emitChangedNow()
{
    if (m_quiet)
        return;
    m_debounce->stop();
    updateMoreButton();
    Q_EMIT changed();
}

void FilterBar::updateMoreButton()
{
    ArticleFilter f;
    applyTo(f);
    int active = 0;
    for (bool set : {!f.tag.isEmpty(), !f.author.isEmpty(), !f.editor.isEmpty(),
                     !f.source.isEmpty(), bool(f.flags), f.publishedFrom.isValid()})
        active += set;
    m_more->setText(active ? tr("Filters (%1)").arg(active) : tr("Filters"));
}

} // namespace Newsdesk
