#include "importwizard.h"

#include "dialogs/prompts.h"
#include "formats/csvreader.h"
#include "formats/filewriter.h"
#include "repositories/openingrepository.h"
#include "settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "domain/textfold.h"

namespace shortlist {

namespace {

class Page : public QWizardPage {
public:
    explicit Page(std::function<bool()> complete = {}) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// The duplicates table's columns.
enum DuplicateColumn { DupLine, DupName, DupEmail, DupMatches, DupDecision, DupColumns };

const DuplicatePolicy decisions[] = {DuplicatePolicy::Skip, DuplicatePolicy::Merge, DuplicatePolicy::Create};

QString decisionTitle(DuplicatePolicy decision)
{
    switch (decision) {
    case DuplicatePolicy::Skip: return ImportWizard::tr("Skip");
    case DuplicatePolicy::Merge: return ImportWizard::tr("Merge");
    case DuplicatePolicy::Create: return ImportWizard::tr("Create new");
    }
    return {};
}

// The Decision column: drawn as a combo box in every row, a real one (Skip,
// Merge, Create new) only while a row is being edited, so thousands of
// duplicates cost no widgets. The decision is the item's Qt::UserRole.
class DecisionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const DuplicatePolicy d : decisions)
            combo->addItem(decisionTitle(d), int(d));
        // A choice from the list takes effect at once.
        connect(combo, &QComboBox::activated, this, &DecisionDelegate::commitAndClose);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole).toInt())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::UserRole);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        item.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);   // the row's background and selection
        QStyleOptionComboBox box;
        if (widget)
            box.initFrom(widget);
        box.rect = option.rect.adjusted(2, 1, -2, -1);
        box.currentText = index.data(Qt::DisplayRole).toString();
        box.state |= QStyle::State_Enabled;
        painter->save();
        painter->setFont(item.font);
        style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, widget);
        style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, widget);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        QFont bold = item.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int width = 0;
        for (const DuplicatePolicy d : decisions)
            width = std::max(width, metrics.horizontalAdvance(decisionTitle(d)));
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QStyleOptionComboBox box;
        if (widget)
            box.initFrom(widget);
        return style->sizeFromContents(QStyle::CT_ComboBox, &box, QSize(width, metrics.height()), widget) + QSize(4, 2);
    }

private:
    void commitAndClose()
    {
        auto *editor = qobject_cast<QWidget *>(sender());
        Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor);
    }
};

} // namespace

ImportWizard::ImportWizard(Database &db, AppSettings &settings, qint64 openingId, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_settings(settings)
{
    setWindowTitle(tr("Import Candidates"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    buildPages();
    setOpening(openingId);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportWizard::finished);
    resize(900, 620);
    if (!path.isEmpty())
        setFile(path);
}

ImportWizard::~ImportWizard()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportWizard::buildPages()
{
    // 1. The file.
    auto *file = new Page([this] { return !m_header.isEmpty() && m_previewError.isEmpty() && m_opening->currentData().toLongLong() > 0; });
    file->setTitle(tr("Choose a CSV file"));
    file->setSubTitle(tr("Exports from spreadsheets and other applicant tracking systems. The encoding and the separator are detected; "
                         "choose the encoding yourself when letters look wrong."));
    m_pathEdit = new QLineEdit;
    m_pathEdit->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    m_opening = new QComboBox;
    if (Result<QList<QPair<qint64, QString>>> titles = OpeningRepository(m_db).titles()) {
        for (const auto &[id, title] : *titles)
            m_opening->addItem(title, id);
    }
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detected"), -1);
    for (const CsvDialect::Encoding e : CsvDialect::encodings())
        m_encoding->addItem(CsvDialect::encodingName(e), int(e));
    m_encoding->setToolTip(tr("Shortlist detects the encoding from the file's first 64 KB. Choose another when names look wrong "
                              "(MÃ¼ller for Müller) or when the check finds text that is not valid UTF-8 further down."));
    m_fileStatus = new QLabel;
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTable = new QTableWidget;
    m_previewTable->verticalHeader()->setVisible(false);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(tr("File:"), pathRow);
    fileForm->addRow(tr("&Encoding:"), m_encoding);
    fileForm->addRow(tr("Into &opening:"), m_opening);
    auto *fileLayout = new QVBoxLayout(file);
    fileLayout->addLayout(fileForm);
    fileLayout->addWidget(m_fileStatus);
    fileLayout->addWidget(m_previewTable, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = Prompts::openFileName(this, tr("Import Candidates"), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!chosen.isEmpty())
            setFile(chosen);
    });
    connect(m_opening, &QComboBox::currentIndexChanged, file, [file] { file->changed(); });
    connect(m_encoding, &QComboBox::currentIndexChanged, file, [this, file] {
        loadPreview();
        file->changed();
    });
    setPage(FilePage, file);

    // 2. The columns.
    auto *columns = new Page([this] { return mapping().has(ImportField::FullName) || mapping().has(ImportField::FirstName) || mapping().has(ImportField::LastName); });
    columns->setTitle(tr("Map the columns"));
    columns->setSubTitle(tr("Suggested from the column names. Every candidate needs a name: a full name, or first and last name."));
    m_columns = new QTableWidget(0, 3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Import as")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->setVisible(false);
    auto *load = new QPushButton(tr("&Load Mapping…"));
    auto *save = new QPushButton(tr("&Save Mapping…"));
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addStretch();
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(mappingButtons);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString target = Prompts::saveFileName(this, tr("Save Mapping"), tr("Mapping files (*.json)"),
                                                     QDir::home().filePath(tr("import-mapping.json")));
        if (target.isEmpty())
            return;
        if (Error e = FileWriter::write(target, QJsonDocument(mapping().toJson(m_header)).toJson()))
            Prompts::error(this, tr("Cannot save the mapping"), e.message);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString source = Prompts::openFileName(this, tr("Load Mapping"), tr("Mapping files (*.json);;All files (*)"));
        if (source.isEmpty())
            return;
        QFile f(source);
        Result<ImportMapping> loaded = makeError(ErrorCode::Io, tr("Cannot read %1.").arg(QDir::toNativeSeparators(source)));
        if (f.open(QIODevice::ReadOnly))
            loaded = ImportMapping::fromJson(QJsonDocument::fromJson(f.readAll()).object(), m_header);
        if (!loaded) {
            Prompts::error(this, tr("Cannot load the mapping"), loaded.error().message);
            return;
        }
        for (int c = 0; c < loaded->columns.size(); ++c)
            setColumnField(c, loaded->columns.at(c));
        for (auto it = loaded->stages.cbegin(); it != loaded->stages.cend(); ++it)
            m_loadedStages.insert(it.key(), it.value());
        if (loaded->dateOrder != DateOrder::Unknown)
            m_detectedOrder = loaded->dateOrder;
    });
    setPage(ColumnsPage, columns);

    // 3. Stage values and dates.
    auto *stages = new Page;
    stages->setTitle(tr("Stages and dates"));
    stages->setSubTitle(tr("Which of the opening's stages each stage in the file means, and how the file writes its dates."));
    m_stages = new QTableWidget(0, 2);
    m_stages->setHorizontalHeaderLabels({tr("In the file"), tr("Stage in Shortlist")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->setVisible(false);
    m_dateLabel = new QLabel;
    m_dateLabel->setWordWrap(true);
    m_dayFirst = new QRadioButton(tr("&Day first (31/12/2026)"));
    m_monthFirst = new QRadioButton(tr("&Month first (12/31/2026)"));
    auto *dateGroup = new QButtonGroup(this);
    dateGroup->addButton(m_dayFirst);
    dateGroup->addButton(m_monthFirst);
    auto *stagesLayout = new QVBoxLayout(stages);
    stagesLayout->addWidget(m_stages, 1);
    stagesLayout->addWidget(m_dateLabel);
    stagesLayout->addWidget(m_dayFirst);
    stagesLayout->addWidget(m_monthFirst);
    setPage(StagesPage, stages);

    // 4. The check.
    auto *check = new Page([this] { return m_checkDone && !m_running && (m_check.invalid == 0 || m_allowPartial->isChecked())
                                           && m_check.created + m_check.merged > 0; });
    check->setTitle(tr("Check the rows"));
    check->setSubTitle(tr("Every row is checked before anything is written."));
    m_duplicates = new QComboBox;
    m_duplicates->addItem(tr("Skip them (keep the candidate as it is)"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Merge them (fill in what the candidate lacks, add the application)"), int(DuplicatePolicy::Merge));
    m_duplicates->addItem(tr("Create new candidates anyway"), int(DuplicatePolicy::Create));
    m_duplicates->setObjectName(QStringLiteral("duplicatePolicy"));
    m_applyToAll = new QPushButton(tr("&Apply to All Rows"));
    m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
    m_applyToAll->setToolTip(tr("Give every duplicate the choice for all duplicates, the rows decided one by one included."));
    m_applyToAll->setEnabled(false);
    m_applyToAll->setVisible(false);
    m_checkStatus = new QLabel;
    m_checkStatus->setWordWrap(true);
    m_checkProgress = new QProgressBar;
    m_duplicatesLabel = new QLabel;
    m_duplicatesLabel->setWordWrap(true);
    m_duplicateRows = new QTableWidget(0, DupColumns);
    m_duplicateRows->setObjectName(QStringLiteral("duplicateRows"));
    m_duplicateRows->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Email"), tr("Matches"), tr("Decision")});
    m_duplicateRows->verticalHeader()->setVisible(false);
    m_duplicateRows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicateRows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicateRows->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_duplicateRows->setItemDelegateForColumn(DupDecision, new DecisionDelegate(m_duplicateRows));
    m_duplicateRows->setVisible(false);
    m_duplicatesLabel->setVisible(false);
    m_duplicatesNote = new QLabel;
    m_duplicatesNote->setWordWrap(true);
    m_duplicatesNote->setVisible(false);
    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(300);   // a few decisions in a row: one check after the last
    m_problems = new QTableWidget(0, 2);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_allowPartial = new QCheckBox;
    auto *checkForm = new QFormLayout;
    checkForm->addRow(tr("&Duplicates (same email or phone as a candidate, or as an earlier row):"), m_duplicates);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addLayout(checkForm);
    checkLayout->addWidget(m_checkProgress);
    checkLayout->addWidget(m_checkStatus);
    auto *duplicatesHeader = new QHBoxLayout;
    duplicatesHeader->addWidget(m_duplicatesLabel, 1);
    duplicatesHeader->addWidget(m_applyToAll, 0, Qt::AlignBottom);
    checkLayout->addLayout(duplicatesHeader);
    checkLayout->addWidget(m_duplicateRows, 3);
    checkLayout->addWidget(m_duplicatesNote);
    checkLayout->addWidget(m_problems, 2);
    checkLayout->addWidget(m_allowPartial);
    checkLayout->addStretch(0);   // takes the room only while both tables are hidden
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, [this] {
        fillDuplicates();   // the rows not decided one by one show the new choice at once
        if (currentId() == CheckPage)
            startCheck();
    });
    connect(m_applyToAll, &QPushButton::clicked, this, &ImportWizard::applyPolicyToAllRows);
    connect(m_duplicateRows, &QTableWidget::itemChanged, this, &ImportWizard::decisionEdited);
    // One click on a decision opens its list.
    connect(m_duplicateRows, &QTableWidget::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != DupDecision)
            return;
        m_duplicateRows->edit(index);
        if (auto *combo = qobject_cast<QComboBox *>(m_duplicateRows->indexWidget(index)))
            combo->showPopup();
    });
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (currentId() == CheckPage)
            startCheck();
    });
    connect(m_allowPartial, &QCheckBox::toggled, check, [check] { check->changed(); });
    setPage(CheckPage, check);

    // 5. The import.
    auto *run = new Page([this] { return m_importDone; });
    run->setTitle(tr("Import"));
    run->setFinalPage(true);
    m_runStatus = new QLabel;
    m_runStatus->setWordWrap(true);
    m_runStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runProgress = new QProgressBar;
    m_cancelButton = new QPushButton(tr("Cancel Import"));
    auto *runLayout = new QVBoxLayout(run);
    runLayout->addWidget(m_runProgress);
    runLayout->addWidget(m_runStatus);
    runLayout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    runLayout->addStretch();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    setPage(RunPage, run);
}

bool ImportWizard::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_rowDecisions.clear();   // lines of another file
    {
        const QSignalBlocker blocker(m_encoding);
        m_encoding->setCurrentIndex(0);   // a new file: detected again
    }
    loadPreview();
    static_cast<Page *>(page(FilePage))->changed();
    return m_previewError.isEmpty() && !m_header.isEmpty();
}

void ImportWizard::setOpening(qint64 openingId)
{
    const int index = m_opening->findData(openingId);
    if (index >= 0)
        m_opening->setCurrentIndex(index);
}

void ImportWizard::loadPreview()
{
    const std::optional<CsvDialect::Encoding> forced = chosenEncoding();
    const CsvPreview preview = previewCsv(m_path, 20, forced);
    if (!forced)
        m_encoding->setItemText(0, preview.error && preview.header.isEmpty()
                                       ? tr("Detected")
                                       : tr("Detected (%1)").arg(CsvDialect::encodingName(preview.dialect.encoding)));
    // Re-read in another encoding, a header that reads the same keeps its columns' fields.
    const QStringList previousHeader = m_header;
    const QList<ImportField> previousFields = mapping().columns;
    m_previewError = preview.error ? preview.error.message : QString();
    m_header = preview.header;
    m_preview = preview.rows;
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_header.size()));
    m_previewTable->setRowCount(int(m_preview.size()));
    m_previewTable->setHorizontalHeaderLabels(m_header);
    for (int r = 0; r < m_preview.size(); ++r) {
        for (int c = 0; c < m_header.size(); ++c)
            m_previewTable->setItem(r, c, readOnlyItem(m_preview.at(r).value(c)));
    }
    // Wide enough for the values, within reason: long notes scroll sideways.
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewTable->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 240));
    if (!m_previewError.isEmpty()) {
        m_fileStatus->setText(m_previewError);
        m_fileStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_fileStatus->setStyleSheet(QString());
    m_fileStatus->setText(tr("%1 · %2 · %n column(s); the first rows:", nullptr, int(m_header.size()))
                              .arg(QFileInfo(m_path).fileName(), preview.dialect.describe()));
    fillColumns();
    if (m_header == previousHeader) {
        for (int c = 0; c < previousFields.size(); ++c)
            setColumnField(c, previousFields.at(c));
    }
}

std::optional<CsvDialect::Encoding> ImportWizard::chosenEncoding() const
{
    const int code = m_encoding->currentData().toInt();
    if (code < 0)
        return std::nullopt;
    return CsvDialect::Encoding(code);
}

void ImportWizard::setEncoding(std::optional<CsvDialect::Encoding> encoding)
{
    m_encoding->setCurrentIndex(encoding ? std::max(0, m_encoding->findData(int(*encoding))) : 0);
}

void ImportWizard::fillColumns()
{
    const ImportMapping suggested = ImportSuggestions::suggest(m_header);
    m_columns->setRowCount(int(m_header.size()));
    for (int c = 0; c < m_header.size(); ++c) {
        m_columns->setItem(c, 0, readOnlyItem(m_header.at(c)));
        QStringList samples;
        for (const QStringList &row : std::as_const(m_preview)) {
            if (!row.value(c).trimmed().isEmpty() && samples.size() < 3)
                samples << row.value(c).trimmed().left(40);
        }
        m_columns->setItem(c, 1, readOnlyItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        combo->addItem(importFieldTitle(ImportField::Ignore), toCode(ImportField::Ignore));
        for (ImportField f : importFields())
            combo->addItem(importFieldTitle(f), toCode(f));
        combo->setCurrentIndex(combo->findData(toCode(suggested.columns.value(c, ImportField::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { static_cast<Page *>(page(ColumnsPage))->changed(); });
        m_columns->setCellWidget(c, 2, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(2, 220);
}

void ImportWizard::setColumnField(int column, ImportField field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(combo->findData(toCode(field)));
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping m;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2));
        ImportField field = combo ? importFieldFromCode(combo->currentData().toString()).value_or(ImportField::Ignore) : ImportField::Ignore;
        // A field imported from two columns would silently lose one: the first wins.
        if (field != ImportField::Ignore && m.columns.contains(field))
            field = ImportField::Ignore;
        m.columns << field;
    }
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_stages->cellWidget(r, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            m.stages.insert(foldText(m_stages->item(r, 0)->text()).trimmed(), combo->currentData().toString());
    }
    for (auto it = m_loadedStages.cbegin(); it != m_loadedStages.cend(); ++it) {
        if (!m.stages.contains(it.key()))
            m.stages.insert(it.key(), it.value());
    }
    m.dateOrder = m_dayFirst->isChecked() ? DateOrder::DayFirst : m_monthFirst->isChecked() ? DateOrder::MonthFirst : m_detectedOrder;
    return m;
}

void ImportWizard::scanValues()
{
    // The stage values and date samples of the whole file (up to a limit):
    // the preview's twenty rows may not show them all.
    const ImportMapping m = mapping();
    const int stageColumn = m.columnOf(ImportField::Stage);
    const int dateColumn = m.columnOf(ImportField::AppliedDate);
    m_stageValues.clear();
    QStringList dates;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray head = file.peek(64 * 1024);
    const std::optional<CsvDialect::Encoding> forced = chosenEncoding();
    Result<CsvDialect> dialect = forced ? CsvReader::sniff(head, *forced) : CsvReader::sniff(head);
    if (!dialect)
        return;
    CsvReader reader(file, *dialect);
    QSet<QString> seen;
    for (int rows = 0; rows < 20000; ++rows) {
        Result<std::optional<QStringList>> record = reader.next();
        if (!record || !*record)
            break;
        if (rows == 0)
            continue;   // the header
        const QStringList &fields = **record;
        if (stageColumn >= 0) {
            const QString value = fields.value(stageColumn).trimmed();
            const QString folded = foldText(value);
            if (!value.isEmpty() && !seen.contains(folded) && m_stageValues.size() < 200) {
                seen.insert(folded);
                m_stageValues << value;
            }
        }
        if (dateColumn >= 0 && !fields.value(dateColumn).trimmed().isEmpty())
            dates << fields.value(dateColumn).trimmed();
    }
    m_detectedOrder = m_detectedOrder != DateOrder::Unknown ? m_detectedOrder : ImportSuggestions::detectDateOrder(dates, &m_dateAmbiguous);
    if (m_detectedOrder != DateOrder::Unknown)
        m_dateAmbiguous = false;
    else
        ImportSuggestions::detectDateOrder(dates, &m_dateAmbiguous);
}

void ImportWizard::fillStages()
{
    scanValues();
    Result<Opening> opening = OpeningRepository(m_db).loadStagePlan(m_opening->currentData().toLongLong());
    QStringList stageNames;
    if (opening) {
        for (const Stage &s : opening->stages)
            stageNames << s.name;
    }
    m_stages->setRowCount(int(m_stageValues.size()));
    for (int r = 0; r < m_stageValues.size(); ++r) {
        const QString &value = m_stageValues.at(r);
        m_stages->setItem(r, 0, readOnlyItem(value));
        auto *combo = new QComboBox;
        combo->addItem(tr("— not mapped: the row is refused —"), QString());
        for (const QString &name : std::as_const(stageNames))
            combo->addItem(name, name);
        // The same name, else a mapping loaded from a file.
        int index = -1;
        for (int i = 1; i < combo->count(); ++i) {
            if (foldText(combo->itemData(i).toString()) == foldText(value))
                index = i;
        }
        if (index < 0)
            index = combo->findData(m_loadedStages.value(foldText(value).trimmed()));
        combo->setCurrentIndex(std::max(0, index));
        m_stages->setCellWidget(r, 1, combo);
    }
    const bool hasDates = mapping().has(ImportField::AppliedDate);
    m_dateLabel->setVisible(hasDates);
    m_dayFirst->setVisible(hasDates);
    m_monthFirst->setVisible(hasDates);
    if (m_dateAmbiguous)
        m_dateLabel->setText(tr("Every date in the file could be read day-first or month-first (like 03/04/2026). Say which it is: "
                                "Shortlist will not guess."));
    else if (m_detectedOrder != DateOrder::Unknown)
        m_dateLabel->setText(tr("The dates are written %1, as the file's values show.")
                                 .arg(m_detectedOrder == DateOrder::DayFirst ? tr("day first") : tr("month first")));
    else
        m_dateLabel->setText(tr("The dates carry their own order (like 2026-03-04); the choice below matters only for others."));
    m_dayFirst->setChecked(m_detectedOrder == DateOrder::DayFirst);
    m_monthFirst->setChecked(m_detectedOrder == DateOrder::MonthFirst);
}

void ImportWizard::setStageFor(const QString &fileValue, const QString &stageName)
{
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        if (m_stages->item(r, 0)->text() == fileValue) {
            auto *combo = qobject_cast<QComboBox *>(m_stages->cellWidget(r, 1));
            combo->setCurrentIndex(std::max(0, combo->findData(stageName)));
        }
    }
}

void ImportWizard::setDateOrder(DateOrder order)
{
    m_dayFirst->setChecked(order == DateOrder::DayFirst);
    m_monthFirst->setChecked(order == DateOrder::MonthFirst);
}

void ImportWizard::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(policy)));
}

void ImportWizard::setAllowPartial(bool allow)
{
    m_allowPartial->setChecked(allow);
}

QString ImportWizard::fileStatus() const
{
    return m_fileStatus->text();
}

QStringList ImportWizard::stageValues() const
{
    return m_stageValues;
}

bool ImportWizard::dateOrderAsked() const
{
    return m_dateAmbiguous;
}

QString ImportWizard::checkStatus() const
{
    return m_checkStatus->text();
}

QString ImportWizard::runStatus() const
{
    return m_runStatus->text();
}

bool ImportWizard::isWorking() const
{
    return m_running;
}

void ImportWizard::cancelWork()
{
    if (m_cancel)
        *m_cancel = true;
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case StagesPage: fillStages(); break;
    case CheckPage: startCheck(); break;
    case RunPage: startImport(); break;
    default: break;
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == StagesPage && m_dateAmbiguous && !m_dayFirst->isChecked() && !m_monthFirst->isChecked()) {
        m_dateLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    return !m_running;
}

ImportOptions ImportWizard::importOptions(bool dryRun) const
{
    ImportOptions o;
    o.openingId = m_opening->currentData().toLongLong();
    o.mapping = mapping();
    o.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    o.dryRun = dryRun;
    o.allowPartial = m_allowPartial->isChecked();
    o.encoding = chosenEncoding();
    o.rowDecisions = m_rowDecisions;
    return o;
}

void ImportWizard::startCheck()
{
    if (m_running) {
        // A newer check replaces the running one.
        cancelWork();
        m_watcher.waitForFinished();
    }
    m_recheck->stop();
    m_checkDone = false;
    m_problems->setRowCount(0);
    m_problems->setVisible(false);
    // The duplicates stay listed (their decisions can still be changed) until the check replaces them.
    m_checkStatus->setText(tr("Checking every row…"));
    m_allowPartial->setVisible(false);
    static_cast<Page *>(page(CheckPage))->changed();
    runInBackground(importOptions(true), true);
}

void ImportWizard::startImport()
{
    m_importDone = false;
    m_runStatus->setText(tr("Importing…"));
    m_cancelButton->setEnabled(true);
    runInBackground(importOptions(false), false);
}

void ImportWizard::runInBackground(const ImportOptions &options, bool dryRun)
{
    m_running = true;
    m_runningDryRun = dryRun;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    QProgressBar *bar = dryRun ? m_checkProgress : m_runProgress;
    bar->setRange(0, 1000);
    bar->setValue(0);
    const QString path = m_path;
    const QString databasePath = m_db.path();
    const QString actor = m_settings.userName();
    auto cancel = m_cancel;
    auto done = m_done;
    QElapsedTimer *clock = new QElapsedTimer;
    clock->start();
    // Progress is polled: the worker only stores numbers.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, bar, done, rows, clock, dryRun] {
        bar->setValue(int(done->load()));
        if (!dryRun && clock->elapsed() > 0)
            m_runStatus->setText(tr("Importing… %1 rows, %2 rows a second")
                                     .arg(QLocale().toString(rows->load()))
                                     .arg(QLocale().toString(qint64(double(rows->load()) * 1000.0 / double(clock->elapsed())))));
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, poll, [poll, clock] {
        poll->deleteLater();
        delete clock;
    }, Qt::SingleShotConnection);
    poll->start(100);
    m_watcher.setFuture(QtConcurrent::run([options, path, databasePath, actor, cancel, done, rows]() -> Outcome {
        OpenOptions open;
        open.migrate = false;
        open.quickCheck = false;   // the window's own connection checked the file
        open.forceReadOnly = options.dryRun;
        open.actor = actor;
        Result<std::unique_ptr<Database>> db = Database::openSqlite(databasePath, open);
        if (!db)
            return Outcome{db.error(), 0};
        QElapsedTimer timer;
        timer.start();
        Result<ImportSummary> summary = CandidateImport::run(**db, path, options, [&](qint64 bytes, qint64 total, qint64 passRows) {
            done->store(total > 0 ? bytes * 1000 / total : 0);
            // Rows written in the second pass (the first counts them too).
            if (bytes * 2 >= total)
                rows->store(passRows);
            return !cancel->load();
        });
        const double seconds = double(timer.elapsed()) / 1000.0;
        return Outcome{summary, summary && seconds > 0 ? double(summary->rows) / seconds : 0};
    }));
}

void ImportWizard::finished()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (m_runningDryRun) {
        m_checkProgress->setValue(1000);
        if (!outcome.summary) {
            if (outcome.summary.error().code != ErrorCode::Cancelled) {
                QString message = outcome.summary.error().message;
                if (!chosenEncoding() && outcome.summary.error().code == ErrorCode::Invalid)
                    message += QLatin1Char(' ') + tr("If the file is in another encoding, go back and choose it on the first page.");
                m_checkStatus->setText(message);
                m_checkStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_check = ImportSummary{};
                fillDuplicates();
            }
            return;
        }
        m_check = *outcome.summary;
        if (m_recheck->isActive())
            return;   // a decision changed meanwhile: the check after it counts
        m_checkDone = true;
        m_checkStatus->setStyleSheet(QString());
        QString text = tr("%n row(s): ", nullptr, int(m_check.rows))
                       + tr("%1 new, %2 merged into existing candidates, %3 duplicates skipped, %4 with problems.")
                             .arg(m_check.created)
                             .arg(m_check.merged)
                             .arg(m_check.skipped)
                             .arg(m_check.invalid);
        if (m_check.created + m_check.merged == 0)
            text += QLatin1Char(' ') + tr("There is nothing to import.");
        m_checkStatus->setText(text);
        m_problems->setRowCount(int(m_check.problems.size()));
        for (int r = 0; r < m_check.problems.size(); ++r) {
            m_problems->setItem(r, 0, readOnlyItem(QLocale().toString(m_check.problems.at(r).line)));
            m_problems->setItem(r, 1, readOnlyItem(m_check.problems.at(r).message));
        }
        m_problems->resizeColumnToContents(0);
        m_problems->resizeRowsToContents();
        m_problems->setVisible(!m_check.problems.isEmpty());
        fillDuplicates();
        m_allowPartial->setVisible(m_check.invalid > 0);
        m_allowPartial->setText(tr("Import the %1 rows without problems and leave out the %n with problems", nullptr, int(m_check.invalid))
                                    .arg(m_check.created + m_check.merged));
        static_cast<Page *>(page(CheckPage))->changed();
        Q_EMIT checked();
        return;
    }
    m_cancelButton->setEnabled(false);
    if (!outcome.summary) {
        m_runStatus->setText(outcome.summary.error().message);
        m_runStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        Q_EMIT importFailed(outcome.summary.error().message);
        return;
    }
    m_result = *outcome.summary;
    m_importDone = m_result.written;
    m_runProgress->setValue(1000);
    m_runStatus->setStyleSheet(QString());
    QStringList parts{tr("Imported %n new candidate(s)", nullptr, int(m_result.created))};
    if (m_result.merged > 0)
        parts << tr("merged %n row(s) into existing candidates", nullptr, int(m_result.merged));
    if (m_result.skipped > 0)
        parts << tr("skipped %n duplicate(s)", nullptr, int(m_result.skipped));
    if (m_result.invalid > 0)
        parts << tr("left out %n row(s) with problems", nullptr, int(m_result.invalid));
    m_runStatus->setText(parts.join(QStringLiteral("; ")) + QStringLiteral(". ")
                         + tr("%1 rows a second. File › Import History can undo this import.").arg(QLocale().toString(qint64(outcome.rowsPerSecond))));
    static_cast<Page *>(page(RunPage))->changed();
    if (m_result.written)
        Q_EMIT imported(m_result.batchId);
}

void ImportWizard::fillDuplicates()
{
    const QScopedValueRollback filling(m_fillingDuplicates, true);
    const DuplicatePolicy forAll = DuplicatePolicy(m_duplicates->currentData().toInt());
    const QList<ImportDuplicate> &duplicates = m_check.duplicates;
    const bool firstFill = m_duplicateRows->rowCount() == 0;
    // Items are reused: a re-run of the check keeps the scroll position and the selection.
    m_duplicateRows->setRowCount(int(duplicates.size()));
    const auto cell = [this](int row, int column) {
        QTableWidgetItem *item = m_duplicateRows->item(row, column);
        if (!item) {
            item = readOnlyItem(QString());
            m_duplicateRows->setItem(row, column, item);
        }
        return item;
    };
    bool anyOwn = false;
    for (int r = 0; r < duplicates.size(); ++r) {
        const ImportDuplicate &d = duplicates.at(r);
        const bool own = m_rowDecisions.contains(d.line);
        anyOwn |= own;
        const DuplicatePolicy asked = m_rowDecisions.value(d.line, forAll);
        QTableWidgetItem *line = cell(r, DupLine);
        line->setText(QLocale().toString(d.line));
        line->setData(Qt::UserRole, d.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cell(r, DupName)->setText(d.name);
        cell(r, DupEmail)->setText(d.email);
        QString matches = d.candidateId > 0 ? tr("candidate %1 (id %2)").arg(d.matchedName).arg(d.candidateId)
                                            : tr("same email or phone as line %1").arg(QLocale().toString(d.earlierLine));
        // Merging into an earlier row that is not imported: nothing to merge into.
        if (asked != d.decision && d.decision == DuplicatePolicy::Skip && d.earlierLine > 0)
            matches = tr("%1, which is not imported: this row is skipped").arg(matches);
        cell(r, DupMatches)->setText(matches);
        cell(r, DupMatches)->setToolTip(matches);
        QTableWidgetItem *decision = cell(r, DupDecision);
        decision->setFlags(decision->flags() | Qt::ItemIsEditable);
        decision->setData(Qt::UserRole, int(asked));
        decision->setText(decisionTitle(asked));
        QFont font = m_duplicateRows->font();
        font.setBold(own);
        decision->setFont(font);
        decision->setToolTip(own ? tr("Decided for this row: the choice for all duplicates does not change it.")
                                 : tr("Follows the choice for all duplicates. Click to decide this row yourself."));
    }
    if (firstFill && !duplicates.isEmpty()) {
        m_duplicateRows->resizeColumnsToContents();
        m_duplicateRows->horizontalHeader()->setSectionResizeMode(DupMatches, QHeaderView::Stretch);
        m_duplicateRows->horizontalHeader()->setSectionResizeMode(DupDecision, QHeaderView::ResizeToContents);
    }
    const bool shown = !duplicates.isEmpty();
    m_duplicateRows->setVisible(shown);
    m_duplicatesLabel->setVisible(shown);
    m_applyToAll->setVisible(shown);
    const bool capped = duplicates.size() >= ImportSummary::maxDuplicates;
    m_duplicatesLabel->setText((capped ? tr("The first %1 duplicates:").arg(QLocale().toString(duplicates.size()))
                                       : tr("%n duplicate(s):", nullptr, int(duplicates.size())))
                               + QLatin1Char(' ')
                               + tr("change the decision of any row in the table (changed rows are in bold); the others follow the "
                                    "choice for all duplicates above. Apply to All Rows gives every row that choice again."));
    m_duplicatesNote->setVisible(shown && capped);
    m_duplicatesNote->setText(tr("Only the first %1 duplicates are listed: the rows after them follow the choice for all duplicates.")
                                  .arg(QLocale().toString(ImportSummary::maxDuplicates)));
    m_applyToAll->setEnabled(anyOwn);
}

void ImportWizard::decisionEdited(QTableWidgetItem *item)
{
    if (m_fillingDuplicates || !item || item->column() != DupDecision)
        return;
    const qint64 line = m_duplicateRows->item(item->row(), DupLine)->data(Qt::UserRole).toLongLong();
    const DuplicatePolicy chosen = DuplicatePolicy(item->data(Qt::UserRole).toInt());
    const DuplicatePolicy forAll = DuplicatePolicy(m_duplicates->currentData().toInt());
    if (chosen == m_rowDecisions.value(line, forAll))
        return;   // the editor closed without a change
    m_rowDecisions.insert(line, chosen);
    fillDuplicates();
    // The counts change with the decision: check again, once the user pauses.
    m_checkDone = false;
    m_checkStatus->setText(tr("Checking every row…"));
    static_cast<Page *>(page(CheckPage))->changed();
    m_recheck->start();
}

bool ImportWizard::setRowDecision(qint64 line, DuplicatePolicy decision)
{
    for (int r = 0; r < m_duplicateRows->rowCount(); ++r) {
        if (m_duplicateRows->item(r, DupLine)->data(Qt::UserRole).toLongLong() == line) {
            // The same path as the table's editor.
            m_duplicateRows->model()->setData(m_duplicateRows->model()->index(r, DupDecision), int(decision), Qt::UserRole);
            return true;
        }
    }
    return false;
}

void ImportWizard::applyPolicyToAllRows()
{
    if (m_rowDecisions.isEmpty())
        return;
    m_rowDecisions.clear();
    fillDuplicates();
    if (currentId() == CheckPage)
        startCheck();
}

// ---------------------------------------------------------------- history

ImportHistoryDialog::ImportHistoryDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("importBatches"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("Opening"), tr("By"), tr("Result"), tr("Undone")});
    // Result takes the room left (wrapping); the others fit their contents,
    // also when the list is filled again with a batch's undo time.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importHistoryStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    // Shown only while an undo runs.
    m_progressRow = new QWidget;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("undoProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelUndo"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progressRow);
    layout->addWidget(buttons);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_stepsTotal ? m_stepsTotal->load() : 0;
        if (total > 0)
            m_progress->setValue(int(m_stepsDone->load() * 1000 / total));
    });
    connect(&m_watcher, &QFutureWatcher<Error>::finished, this, &ImportHistoryDialog::undoFinished);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportHistoryDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportHistoryDialog::cancelUndo);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0 || row >= m_batches.size() || isUndoing())
            return;
        const ImportBatch &b = m_batches.at(row);
        if (Prompts::question(this, tr("Undo Import"),
                                  QString(tr("Undo the import of %1 from %2?").arg(b.fileName, QLocale().toString(b.startedAt, QLocale::ShortFormat))
                                          + QLatin1Char(' ')
                                          + tr("It deletes the %n candidate(s) it created, with everything added to them since,", nullptr,
                                               int(b.created))
                                          + QLatin1Char(' ')
                                          + tr("and gives the %n candidate(s) it merged into their fields back.", nullptr, int(b.merged))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        undoRow(row);
    });
    reload();
    resize(820, 420);
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    // The undo has a connection of its own: cancelled, it stops at its next
    // step (and rolls back); the window reloads after the dialog is gone.
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

int ImportHistoryDialog::batchCount() const
{
    return int(m_batches.size());
}

bool ImportHistoryDialog::isUndoing() const
{
    return m_undoingId != 0;
}

QString ImportHistoryDialog::statusText() const
{
    return m_status->text();
}

void ImportHistoryDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

int ImportHistoryDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = selectedRow();
    const bool undoable = row >= 0 && row < m_batches.size() && !m_batches.at(row).undoneAt.isValid() && !m_db.isReadOnly();
    m_undo->setEnabled(undoable && !isUndoing());
    m_close->setEnabled(!isUndoing());
    m_progressRow->setVisible(isUndoing());
}

bool ImportHistoryDialog::undoRow(int row)
{
    if (isUndoing())
        return false;
    if (row < 0 || row >= m_batches.size()) {
        setStatus(tr("There is no import on that row."), true);
        return false;
    }
    const ImportBatch &batch = m_batches.at(row);
    m_undoingId = batch.id;
    m_undoingFile = batch.fileName;
    m_closeWhenDone = false;
    m_lastError = Error{};
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_stepsDone = std::make_shared<std::atomic<qint64>>(0);
    m_stepsTotal = std::make_shared<std::atomic<qint64>>(0);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    setStatus(tr("Undoing the import of %1…").arg(batch.fileName));
    updateButtons();
    const qint64 id = batch.id;
    if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite) {
        // No second connection to a server from here: undone on this one.
        m_watcher.setFuture(QtFuture::makeReadyFuture(ImportHistoryRepository(m_db).undo(id)));
    } else {
        m_watcher.setFuture(QtConcurrent::run([path = m_db.path(), actor = m_db.actor(), readOnly = m_db.isReadOnly(), id, cancel = m_cancelFlag,
                                               done = m_stepsDone, total = m_stepsTotal, observer = m_stepObserver]() -> Error {
            OpenOptions open;
            open.migrate = false;
            open.quickCheck = false;       // the window's own connection checked the file
            open.forceReadOnly = readOnly;  // opened read-only: the undo is refused, as on that connection
            open.actor = actor;
            Result<std::unique_ptr<Database>> db = Database::openSqlite(path, open);
            if (!db)
                return db.error();
            return ImportHistoryRepository(**db).undo(id, [&](qint64 stepsDone, qint64 stepsTotal) {
                done->store(stepsDone);
                total->store(stepsTotal);
                if (observer)
                    observer(stepsDone, stepsTotal);
                return !cancel->load();
            });
        }));
    }
    m_poll->start();
    return true;
}

void ImportHistoryDialog::cancelUndo()
{
    if (!isUndoing() || !m_cancelFlag)
        return;
    *m_cancelFlag = true;
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling…"));
}

void ImportHistoryDialog::undoFinished()
{
    m_poll->stop();
    const Error e = m_watcher.result();
    const qint64 id = std::exchange(m_undoingId, 0);
    const QString fileName = m_undoingFile;
    m_lastError = e;
    if (e) {
        const bool cancelled = e.code == ErrorCode::Cancelled;
        setStatus(e.message, !cancelled);
        updateButtons();
        if (!cancelled)
            Prompts::error(this, tr("Cannot undo the import"), e.message);
        Q_EMIT undoFailed(id, e.message);
    } else {
        m_progress->setValue(1000);
        reload();
        setStatus(tr("The import of %1 was undone.").arg(fileName));
        Q_EMIT undone(id);
    }
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportHistoryDialog::reject()
{
    if (!isUndoing()) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenDone)
        return;   // stopping already: the dialog closes once the worker has rolled back
    if (Prompts::question(this, tr("Stop Undoing"),
                          tr("Stop undoing the import and close? Nothing is undone, and the import can be undone later."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                          {{QMessageBox::Yes, tr("Stop and Close")}, {QMessageBox::No, tr("Keep Undoing")}})
        != QMessageBox::Yes)
        return;
    m_closeWhenDone = true;
    cancelUndo();
}

void ImportHistoryDialog::reload()
{
    Result<QList<ImportBatch>> batches = ImportHistoryRepository(m_db).batches();
    m_batches = batches ? *batches : QList<ImportBatch>{};
    if (!batches)
        setStatus(batches.error().message, true);
    m_table->setRowCount(int(m_batches.size()));
    for (int r = 0; r < m_batches.size(); ++r) {
        const ImportBatch &b = m_batches.at(r);
        m_table->setItem(r, 0, readOnlyItem(QLocale().toString(b.startedAt, QLocale::ShortFormat)));
        m_table->setItem(r, 1, readOnlyItem(b.fileName));
        m_table->setItem(r, 2, readOnlyItem(b.openingTitle));
        m_table->setItem(r, 3, readOnlyItem(b.actor));
        const qint64 leftOut = b.rows - b.created - b.merged - b.skipped;
        m_table->setItem(r, 4, readOnlyItem(tr("%1 rows: %2 created, %3 merged, %4 skipped, %5 with problems")
                                                .arg(b.rows)
                                                .arg(b.created)
                                                .arg(b.merged)
                                                .arg(b.skipped)
                                                .arg(leftOut)));
        m_table->setItem(r, 5, readOnlyItem(b.undoneAt.isValid() ? QLocale().toString(b.undoneAt, QLocale::ShortFormat) : QString()));
    }
    updateButtons();
}

} // namespace shortlist
