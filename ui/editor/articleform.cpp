#include "articleform.h"

#include "common/tagcompleter.h"
#include "editor/articledocument.h"
#include "editor/fieldbinder.h"
#include "editor/publishingform.h"
#include "html/bodytext.h"
#include "storage/library.h"

#include <QAction>
#include <QCheckBox>
#include <QColorDialog>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int SummaryLength = 160;

QCompleter *completer(const QStringList &values, QObject *parent)
{
    auto *completer = new QCompleter(values, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}
} // namespace

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent)
    , m_binder(new FieldBinder(this))
{
    setObjectName(u"articleForm"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&itle:"), buildTitleRow());
    form->addRow(tr("&Short title:"), lineEdit(u"editor.shortTitle"_s, ArticleField::ShortTitle));
    form->addRow(tr("Su&btitle:"), lineEdit(u"editor.subtitle"_s, ArticleField::Subtitle));

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"editor.tags"_s);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_binder->bindTags(m_tags);
    form->addRow(tr("Ta&gs:"), m_tags);

    m_source = lineEdit(u"editor.source"_s, ArticleField::Source);
    m_author = lineEdit(u"editor.author"_s, ArticleField::Author);
    m_editor = lineEdit(u"editor.editor"_s, ArticleField::Editor);
    form->addRow(tr("Sour&ce:"), m_source);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("Edito&r:"), m_editor);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"editor.summary"_s);
    m_summary->setTabChangesFocus(true);
    // The form's labels name the rows, which hand the focus to these: screen readers need the
    // names on the fields themselves.
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setMaximumHeight(90);
    m_binder->bindPlainText(m_summary, ArticleField::Summary);
    m_suggestSummary = new QPushButton(tr("Suggest from Bod&y"), this);
    m_suggestSummary->setObjectName(u"editor.suggestSummary"_s);
    m_suggestSummary->setToolTip(tr("Fill the summary with the opening of the body"));
    connect(m_suggestSummary, &QPushButton::clicked, this, &ArticleForm::suggestSummaryRequested);
    auto *summaryRow = new QWidget(this);
    m_summary->setParent(summaryRow);
    m_suggestSummary->setParent(summaryRow);
    summaryRow->setFocusProxy(m_summary);
    auto *summaryBox = new QVBoxLayout(summaryRow);
    summaryBox->setContentsMargins(0, 0, 0, 0);
    summaryBox->addWidget(m_summary);
    summaryBox->addWidget(m_suggestSummary, 0, Qt::AlignRight);
    form->addRow(tr("Su&mmary:"), summaryRow);
    form->addRow(tr("&Keywords:"), lineEdit(u"editor.keywords"_s, ArticleField::Keywords));

    m_publishing = new PublishingForm(*m_binder, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_publishing);
    layout->addStretch(1);
    setFocusProxy(m_title);

    // Tab goes down the rows in order: the title row's widgets were moved into it after being
    // made, which put them elsewhere in the focus chain.
    const QList<QWidget *> order = {m_title,
                                    m_titleColor,
                                    findChild<QWidget *>(u"editor.titleBold"_s),
                                    findChild<QWidget *>(u"editor.shortTitle"_s),
                                    findChild<QWidget *>(u"editor.subtitle"_s),
                                    m_tags,
                                    m_source,
                                    m_author,
                                    m_editor,
                                    m_summary,
                                    m_suggestSummary,
                                    findChild<QWidget *>(u"editor.keywords"_s),
                                    m_publishing};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QLineEdit *ArticleForm::lineEdit(const QString &name, ArticleField field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    m_binder->bindText(edit, field);
    return edit;
}

QWidget *ArticleForm::buildTitleRow()
{
    auto *row = new QWidget(this);
    m_title = lineEdit(u"editor.title"_s, ArticleField::Title);
    m_title->setParent(row);
    m_title->setAccessibleName(tr("Title"));
    m_titleColor = new QToolButton(row);
    m_titleColor->setObjectName(u"editor.titleColor"_s);
    m_titleColor->setToolTip(tr("Title colour"));
    m_titleColor->setAccessibleName(tr("Title colour"));
    m_titleColor->setPopupMode(QToolButton::MenuButtonPopup);
    auto *colorMenu = new QMenu(m_titleColor);
    QAction *choose = colorMenu->addAction(tr("&Choose Colour…"));
    connect(choose, &QAction::triggered, this, &ArticleForm::chooseTitleColor);
    QAction *none = colorMenu->addAction(tr("&No Colour"));
    none->setObjectName(u"editor.titleColor.none"_s);
    connect(none, &QAction::triggered, this,
            [this] { m_binder->change(ArticleField::TitleColor, QString()); });
    m_titleColor->setMenu(colorMenu);
    connect(m_titleColor, &QToolButton::clicked, this, &ArticleForm::chooseTitleColor);
    m_binder->bindView(ArticleField::TitleColor,
                       [this](const QVariant &value) { showTitleColor(value.toString()); });
    auto *bold = new QCheckBox(tr("Bol&d"), row);
    bold->setObjectName(u"editor.titleBold"_s);
    m_binder->bindCheck(bold, ArticleField::TitleBold);
    m_binder->bindView(ArticleField::TitleBold, [this](const QVariant &value) {
        QFont font = m_title->font();
        font.setBold(value.toBool());
        m_title->setFont(font);
    });
    row->setFocusProxy(m_title);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_titleColor);
    layout->addWidget(bold);
    return row;
}

void ArticleForm::chooseTitleColor()
{
    const QString current = m_binder->document()
            ? m_binder->document()->value(ArticleField::TitleColor).toString()
            : QString();
    const QColor color = QColorDialog::getColor(
            current.isEmpty() ? QColor(Qt::black) : QColor(current), this, tr("Title Colour"));
    if (color.isValid())
        m_binder->change(ArticleField::TitleColor, color.name(QColor::HexRgb));
}

void ArticleForm::showTitleColor(const QString &color)
{
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    if (color.isEmpty()) {
        painter.drawRect(0, 0, 15, 15);
        painter.drawLine(0, 15, 15, 0);
    } else {
        painter.setBrush(QColor(color));
        painter.drawRect(0, 0, 15, 15);
    }
    painter.end();
    m_titleColor->setIcon(QIcon(swatch));
    m_titleColor->setToolTip(color.isEmpty() ? tr("Title colour: none")
                                             : tr("Title colour: %1").arg(color));
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::Text,
                     color.isEmpty() ? this->palette().color(QPalette::Text) : QColor(color));
    m_title->setPalette(palette);
}

void ArticleForm::setDocument(ArticleDocument *document)
{
    m_binder->setDocument(document);
}

void ArticleForm::setChoices(const EditorChoices &choices)
{
    delete m_tags->completer();
    m_tags->setCompleter(new TagCompleter(choices.tags, m_tags));
    const std::pair<QLineEdit *, QStringList> completed[] = {
            {m_source, choices.sources}, {m_author, choices.authors}, {m_editor, choices.editors}};
    for (const auto &[edit, values] : completed) {
        delete edit->completer();
        edit->setCompleter(completer(values, edit));
    }
    m_publishing->setChannels(choices.channels, choices.channelCounts);
}

void ArticleForm::updateCoverChoices(const QString &body, Library *library)
{
    static const QRegularExpression media(u"src=\"media:(\\d+)\""_s);
    QList<qint64> ids;
    for (QRegularExpressionMatchIterator it = media.globalMatch(body); it.hasNext();) {
        const qint64 id = it.next().captured(1).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids == m_coverIds && !ids.isEmpty())
        return;
    m_coverIds = ids;
    QList<CoverChoice> choices;
    for (qint64 id : std::as_const(ids)) {
        QString label = tr("Image #%1").arg(id);
        if (library) {
            if (Result<Media> found = library->media().byId(id)) {
                const Media &m = found.value();
                const QString name = !m.caption.isEmpty() ? m.caption : m.fileName;
                label = tr("#%1 %2 (%3×%4)").arg(id).arg(name.left(40)).arg(m.width).arg(m.height);
            }
        }
        choices.append({id, label});
    }
    m_publishing->setCoverChoices(choices);
}

bool ArticleForm::suggestSummary(const QString &body)
{
    const QString text = BodyText::plain(body).simplified();
    if (text.isEmpty())
        return false;
    QString summary = text.left(SummaryLength);
    if (summary.size() < text.size()) {
        // End at the last full sentence when there is one in the second half.
        static const QRegularExpression sentenceEnd(u"[。！？.!?]"_s);
        const qsizetype end = summary.lastIndexOf(sentenceEnd);
        summary = end >= SummaryLength / 2 ? summary.left(end + 1) : summary + u'…';
    }
    if (ArticleDocument *document = m_binder->document()) {
        document->breakMerge();
        document->change(ArticleField::Summary, summary);
    }
    return true;
}

QWidget *ArticleForm::widgetFor(ArticleField field) const
{
    if (field == ArticleField::TitleColor)
        return m_titleColor;
    if (QWidget *widget = m_binder->widgetFor(field))
        return widget;
    return m_publishing->widgetFor(field);
}

void ArticleForm::focusField(ArticleField field)
{
    if (QWidget *widget = widgetFor(field))
        widget->setFocus(Qt::OtherFocusReason);
}

void ArticleForm::setCurationEditable(bool editable)
{
    m_publishing->setCurationEditable(editable);
}

} // namespace Newsdesk
