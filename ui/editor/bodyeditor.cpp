#include "bodyeditor.h"

#include "bodyhighlighter.h"
#include "bodytextedit.h"
#include "document/bodydocument.h"
#include "document/documentformat.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "figureinserter.h"
#include "findbar.h"
#include "formatactions.h"
#include "html/bodytext.h"
#include "html/sanitizer.h"
#include "pastecontroller.h"
#include "sourceview.h"
#include "storage/library.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// The body text of a document for counting: captions, photos and page-break titles left out,
// as BodyText::count() leaves them out of stored bodies.
QString countedText(const QTextDocument *document)
{
    QString text;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::blockKind(block) != DocumentFormat::BlockKind::Text)
            continue;
        text += block.text();
        text += u'\n';
    }
    return text;
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new BodyDocument(this))
    , m_edit(new BodyTextEdit(this))
    , m_source(new SourceView(this))
    , m_stack(new QStackedWidget(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_countTimer(new QTimer(this))
{
    setObjectName(u"bodyEditor"_s);
    m_document->setDocumentMargin(12);
    m_edit->setDocument(m_document);
    m_document->setParent(m_edit); // goes with the text edit that shows it
    new BodyHighlighter(m_edit); // a child of the document
    m_actions = new FormatActions(m_edit, this);
    m_figures = new FigureInserter(m_edit, this);
    m_paste = new PasteController(m_edit, m_figures, this);
    m_findBar = new FindBar(m_edit, this);

    m_sourceAction = new QAction(tr("HTML &Source"), this);
    m_sourceAction->setObjectName(u"toggleSource"_s);
    m_sourceAction->setCheckable(true);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_sourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sourceAction);
    connect(m_sourceAction, &QAction::toggled, this, &BodyEditor::toggleSource);

    auto *find = new QAction(tr("&Find in Body"), this);
    find->setObjectName(u"findInBody"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] { m_findBar->showFind(false); });
    addAction(find);
    auto *replace = new QAction(tr("&Replace in Body"), this);
    m_replaceAction = replace;
    replace->setObjectName(u"replaceInBody"_s);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    replace->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(replace, &QAction::triggered, this, [this] { m_findBar->showFind(true); });
    addAction(replace);
    auto *findNext = new QAction(tr("Find &Next"), this);
    findNext->setObjectName(u"findNextInBody"_s);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QAction::triggered, this, [this] { m_findBar->findNext(); });
    addAction(findNext);

    m_stack->addWidget(m_edit);
    m_stack->addWidget(m_source);
    m_counts->setObjectName(u"bodyCounts"_s);
    m_progress->setObjectName(u"pasteProgress"_s);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    auto *status = new QHBoxLayout;
    status->setContentsMargins(6, 2, 6, 2);
    status->addWidget(m_counts, 1);
    status->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_findBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(status);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &BodyEditor::updateCounts);
    connect(m_document, &QTextDocument::contentsChanged, this, &BodyEditor::documentChanged);
    connect(m_edit, &BodyTextEdit::insertRequested, m_paste, &PasteController::insert);
    connect(m_edit, &BodyTextEdit::figureActivated, this,
            [this](QTextFrame *figure) { m_figures->editFigure(figure, this); });
    connect(m_actions, &FormatActions::insertImageRequested, this,
            [this] { m_figures->chooseFiles(this); });
    connect(m_actions, &FormatActions::editFigureRequested, this,
            [this] { m_figures->editFigureAtCursor(this); });
    connect(m_source, &SourceView::edited, this, [this] {
        m_sourceEdited = true;
        Q_EMIT contentsChanged();
    });
    connect(m_source, &SourceView::applyAnywayRequested, this, [this] { leaveSource(true); });
    connect(m_paste, &PasteController::busyChanged, this, &BodyEditor::pasteBusyChanged);
    connect(m_paste, &PasteController::progressChanged, this,
            [this](qsizetype done, qsizetype total) {
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            });
    connect(m_actions, &FormatActions::noticeRequested, this, &BodyEditor::noticeRequested);
    connect(m_figures, &FigureInserter::noticeRequested, this, &BodyEditor::noticeRequested);
    connect(m_paste, &PasteController::noticeRequested, this, &BodyEditor::noticeRequested);
    connect(m_findBar, &FindBar::noticeRequested, this, &BodyEditor::noticeRequested);
    m_menuSeparator = new QAction(this);
    m_menuSeparator->setSeparator(true);
    updateCounts();
}

BodyEditor::~BodyEditor() = default;

QToolBar *BodyEditor::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"bodyToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    const QList<std::pair<const char *, QString>> shortTexts = {
            {"formatParagraph", tr("¶")},  {"formatHeading2", tr("H2")},
            {"formatHeading3", tr("H3")},  {"formatHeading4", tr("H4")},
            {"formatBold", tr("B")},       {"formatItalic", tr("I")},
            {"formatUnderline", tr("U")},  {"formatStrike", tr("S")},
            {"formatSubscript", tr("x₂")}, {"formatSuperscript", tr("x²")},
            {"formatLink", tr("Link")},    {"formatClear", tr("Clear")},
            {"formatBulletList", tr("•")}, {"formatNumberedList", tr("1.")},
            {"formatIndent", tr("→")},     {"formatOutdent", tr("←")},
            {"formatBlockquote", tr("❝")}, {"insertImage", tr("Photo")},
            {"insertRule", tr("—")},       {"insertPageBreak", tr("分页")},
    };
    for (const auto &[name, text] : shortTexts) {
        QAction *action = m_actions->action(QString::fromLatin1(name));
        action->setIconText(text);
        bar->addAction(action);
        if (QLatin1StringView(name) == "formatHeading4"_L1
            || QLatin1StringView(name) == "formatSuperscript"_L1
            || QLatin1StringView(name) == "formatClear"_L1
            || QLatin1StringView(name) == "formatBlockquote"_L1)
            bar->addSeparator();
    }
    auto *tableMenu = new QMenu(tr("Table"), this);
    for (const char *name : {"insertTable", "tableAddRow", "tableAddColumn", "tableRemoveRow",
                             "tableRemoveColumn", "tableHeaderRow"})
        tableMenu->addAction(m_actions->action(QString::fromLatin1(name)));
    auto *tableButton = new QToolButton(bar);
    tableButton->setObjectName(u"tableButton"_s);
    tableButton->setText(tr("Table"));
    tableButton->setMenu(tableMenu);
    tableButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(tableButton);
    bar->addSeparator();
    m_sourceAction->setIconText(tr("HTML"));
    bar->addAction(m_sourceAction);
    return bar;
}

void BodyEditor::setLibrary(Library *library)
{
    m_library = library;
    m_figures->setLibrary(library);
    if (library)
        m_document->setMediaSource([library](qint64 id) { return library->media().data(id); });
    else
        m_document->setMediaSource({});
}

void BodyEditor::setCanonicalHtml(const QString &html)
{
    m_paste->cancel();
    m_loading = true;
    if (m_sourceAction->isChecked()) {
        const QSignalBlocker blocker(m_sourceAction);
        m_sourceAction->setChecked(false);
        m_stack->setCurrentWidget(m_edit);
        m_actions->setEnabled(!m_readOnly);
    }
    m_sourceEdited = false;
    DocumentReader::read(m_document, html);
    m_document->setModified(false);
    m_edit->moveCursor(QTextCursor::Start);
    m_loading = false;
    updateCounts();
}

QString BodyEditor::canonicalHtml() const
{
    if (m_stack->currentWidget() == m_source && m_sourceEdited)
        return Sanitizer::clean(m_source->text()).html; // what the source view would apply
    return DocumentWriter::toHtml(m_document);
}

bool BodyEditor::isModified() const
{
    return m_document->isModified() || m_sourceEdited;
}

void BodyEditor::setModified(bool modified)
{
    m_document->setModified(modified);
    if (!modified && m_stack->currentWidget() == m_source) {
        m_source->setHtml(m_source->text());
        m_sourceEdited = false;
    }
}

QTextDocument *BodyEditor::document() const
{
    return m_document;
}

QTextEdit *BodyEditor::textEdit() const
{
    return m_edit;
}

QList<QAction *> BodyEditor::formatActions() const
{
    QList<QAction *> actions = m_actions->actions();
    actions << m_menuSeparator << m_sourceAction;
    return actions;
}

void BodyEditor::toggleSource(bool source)
{
    if (source) {
        m_source->setHtml(DocumentWriter::toHtml(m_document));
        m_sourceEdited = false;
        m_stack->setCurrentWidget(m_source);
        m_actions->setEnabled(false);
        m_source->editor()->setFocus();
        return;
    }
    leaveSource(false);
}

void BodyEditor::leaveSource(bool force)
{
    if (m_sourceEdited || force) {
        const SourceView::Verdict verdict = m_source->check();
        if (!verdict.accepted) {
            const QSignalBlocker blocker(m_sourceAction);
            m_sourceAction->setChecked(true);
            Q_EMIT noticeRequested(tr("The HTML was not applied; the source view shows why."));
            return;
        }
        // Replace the body as one undoable edit.
        BodyDocument cleaned;
        DocumentReader::read(&cleaned, verdict.html);
        QTextCursor cursor(m_document);
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.removeSelectedText();
        cursor.insertFragment(QTextDocumentFragment(&cleaned));
        cursor.endEditBlock();
        m_document->setModified(true);
        if (!verdict.notice.isEmpty())
            Q_EMIT noticeRequested(verdict.notice);
    }
    m_sourceEdited = false;
    if (m_sourceAction->isChecked()) {
        const QSignalBlocker blocker(m_sourceAction);
        m_sourceAction->setChecked(false);
    }
    m_stack->setCurrentWidget(m_edit);
    m_actions->setEnabled(!m_readOnly);
    m_edit->setFocus();
}

void BodyEditor::documentChanged()
{
    m_countTimer->start();
    if (!m_loading)
        Q_EMIT contentsChanged();
}

void BodyEditor::updateCounts()
{
    const BodyText::Count count = BodyText::countText(countedText(m_document));
    m_counts->setText(tr("字数 %1 · %2 Chinese characters · %3 words")
                              .arg(count.total())
                              .arg(count.characters)
                              .arg(count.words));
}

void BodyEditor::pasteBusyChanged(bool busy)
{
    m_progress->setVisible(busy);
    m_actions->setEnabled(!busy && !m_readOnly);
    m_sourceAction->setEnabled(!busy);
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && m_sourceAction->isChecked())
        leaveSource(false);
    m_edit->setReadOnly(readOnly);
    m_source->editor()->setReadOnly(readOnly);
    // Formatting, photos and replacing would change the text; finding and copying do not.
    m_actions->setEnabled(!readOnly && m_stack->currentWidget() == m_edit);
    m_replaceAction->setEnabled(!readOnly);
    if (readOnly)
        m_paste->cancel();
}

} // namespace Newsdesk
