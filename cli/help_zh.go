package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/serve"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpInChinese gives every command's help (its short line, its long
// text, the comments of its examples and each flag's usage) in Chinese,
// from helpZh, and lays --help out under Chinese headings. The English
// stays in the commands' definitions; TestHelpCatalogue checks that
// helpZh has a text for each of them, and none for a command or flag
// that no longer exists.
func helpInChinese(root *cobra.Command) {
	zh := helpZh()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		key := helpKey(c)
		for _, field := range []struct {
			suffix string
			text   *string
		}{{"", &c.Short}, {"#long", &c.Long}, {"#example", &c.Example}} {
			if t, ok := zh[key+field.suffix]; ok {
				*field.text = t
			}
		}
		local := func(f *pflag.Flag) {
			if f.Name == "help" {
				f.Usage = "显示 " + c.Name() + " 的帮助"
			} else if t, ok := zh[key+" --"+f.Name]; ok {
				f.Usage = t
			}
		}
		c.Flags().VisitAll(local)
		c.PersistentFlags().VisitAll(local)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.SetUsageFunc(usageZh)
}

// helpKey names c in helpZh: its path without "dutymap" ("" for the root,
// "completion bash").
func helpKey(c *cobra.Command) string {
	_, key, _ := strings.Cut(c.CommandPath(), " ")
	return key
}

// usageZh is cobra's usage text, laid out as cobra lays it out, under
// Chinese headings.
func usageZh(c *cobra.Command) error {
	w := c.OutOrStderr()
	fmt.Fprint(w, "用法：")
	if c.Runnable() {
		fmt.Fprintf(w, "\n  %s", strings.Replace(c.UseLine(), "[flags]", "[选项]", 1))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n  %s [命令]", c.CommandPath())
	}
	if c.HasExample() {
		fmt.Fprintf(w, "\n\n示例：\n%s", c.Example)
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprint(w, "\n\n可用命令：")
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(w, "\n  %-*s %s", sub.NamePadding(), sub.Name(), sub.Short)
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprint(w, "\n\n选项：\n")
		flagsZh(w, c.LocalFlags())
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprint(w, "\n\n全局选项：\n")
		flagsZh(w, c.InheritedFlags())
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n\n运行 \"%s [命令] --help\" 查看某个命令的详细帮助。", c.CommandPath())
	}
	fmt.Fprintln(w)
	return nil
}

// defaultNote is pflag's " (default x)" at the end of a flag's line.
var defaultNote = lazyre.New(` \(default (.*)\)$`)

// flagsZh writes pflag's list of flags with its "(default x)" in Chinese.
func flagsZh(w io.Writer, fs *pflag.FlagSet) {
	lines := strings.Split(strings.TrimRight(fs.FlagUsages(), " \n"), "\n")
	for i, l := range lines {
		lines[i] = defaultNote().ReplaceAllString(l, "（默认 $1）")
	}
	fmt.Fprint(w, strings.Join(lines, "\n"))
}

// sessionLongZh is sessionLong in Chinese.
const sessionLongZh = `dutymap 展示各个部门、部门中的岗位，以及它们负责的每一项职责。
ssh -t HOST 打开交互界面；ssh HOST COMMAND 运行下列命令之一。
内容由本服务器提供：通过 SSH 打开的交互界面会跟随它，服务器上保存的修改立即显示；
有问题的修改会在屏幕上指出，同时保留上一份有效的组织。`

// helpZh is the Chinese of every command's help, by helpKey: the short
// line under the key itself, "#long" and "#example" after it, and each
// flag under "KEY --name". An example is here only when it has words to
// translate (a comment). A function, not a package-level map: only a
// Chinese --help needs it built.
func helpZh() map[string]string {
	aliases, exts := formatOthers()
	return map[string]string{
		"": "查看公司中谁做什么",
		"#long": `dutymap 展示各个部门、部门中的岗位，以及它们负责的每一项职责。
不带参数运行即打开交互界面；在脚本中请使用子命令。
交互界面会跟随 --content 文件夹：保存的修改立即显示，
有问题的修改会在屏幕上指出，同时保留上一份有效的组织。`,
		" --content":  "要作为一层加入的内容文件夹（可重复；也可用 $" + ContentEnv + "）",
		" --builtin":  "在你的各层之下包含内置内容",
		" --lang":     "语言：en 或 zh（默认取自系统区域设置）",
		" --no-cache": "重新读取内容文件并建立搜索索引，不读也不写缓存（见 dutymap cache）",
		" --theme":    "终端上的配色，用于交互界面和 show：dark、light 或 auto（询问终端）",

		"search": "回答“谁做 X？”：列出提到查询词的职责，或它们的负责方",
		"search#long": `search 找出文字提到查询词的职责（以及章节、部门、专题和要点），最相关的在前，
每行一条：先是路径（"dutymap show" 可直接使用），然后是 部门 › 章节 › 文字。
在多处写法相同的文字只列一次：" (2 places)" 统计它在本部门出现的次数，
其他部门中的则一一列出，如 " (also: Finance department › Responsibilities)"，
因此两个部门共有的职责不会被当作其中一个部门的。

查询可以是关键词，也可以是问句，中英文皆可，带不带标点都行：
"who sets product prices?"、"谁负责定价？"。疑问词和虚词
（who、which department、responsible for、handles；谁、哪个部门、由、负责）会被忽略。
一个词也会找到它的其他形式（price、prices、pricing）、同义词（set：determine、decide …；
hire：recruit）、拼音（dingjia、dj：定价）以及另一种语言中的对应词；
中文词还会找到包含它的更长的词（财务：财务部）。包含更多查询词、更罕见的词、
词与词靠得更近的文字排名更高；位于查询所提部门或章节下的职责也排名更高。
查询的语言决定先由哪种文字作答：中文查询先找中文文字，不论 --lang 如何。

问句若点名了一个部门或岗位（"谁负责财务"、"who manages finance"），就由它作答：
它的名称原样包含查询的主要词，职责包含其余的词，因此它排在最前面，
并列出它的全部职责，不论职责中是否重复它的名称。资料未列出职责的也会列出，并附说明。

关于职责分配矩阵中某个角色的问题（"who is accountable for pricing?"、
"who approves the budget"、"which department is consulted on promotions"、"谁批准价格"）
照常列出职责，把直接说到这件事的职责排在前面，并在标准错误上列出
对所问工作担任该角色的单位；--owners 则列出这些单位（accountable、consulted、
informed 或 responsible），每个附上它最相关的一项职责。只有问句才这样理解：
"approve promotion funds"、"批准价格" 查找的是写着这些话的职责。--json 的形式不变：
角色问题的职责行增加 "role" 和 "holders"（对该职责担任此角色的单位：unit、path），
--owners 行增加 "role"。没有 RACI 行的职责由它所在的部门负责并承担责任。

只有疑问词和常用词的查询（"who"、"谁负责"）没有说出要找的工作：search 会说明并以状态 1 退出。
完整写出的编号（"S.1.2"、"3.2.2"）先找到它的节点，编号的片段（"1.2"）单独找不到任何东西。

--owners 直接回答“谁”：列出持有匹配职责的部门（和岗位），按最相关的职责和匹配数量排序，
每个附上证明它的职责。计数的是匹配查询主要词（占查询至少一半权重的词）的职责；
没有这样职责的负责方会说明有多少职责部分匹配，或者只由其他单位点名它为执行者的职责证明时，
显示 "named in a Sales department duty"。对于问谁做某事的问题，只含动词的职责算部分匹配，
有完整匹配的负责方排在前面。

也支持 fzf 的语法：
  'set            精确匹配 "set"，作为文字中的子串
  d:marketing     只限该部门：它的 id，或其 id、名称、别名的开头
                  （也可写 dept:marketing；多个 d: 词表示其中任一，最多 20 个）；
                  不指向任何部门的会报错并列出各部门的 id
含大写字母的词在按字母顺序的后备匹配中区分大小写。

没有职责提到查询中的任何词时，search 会说明，并改为列出最接近的结果
（先是相关词，然后是按顺序包含这些字母的），写在标准错误上（用 --json 时，
以 JSON 行写在标准输出上），并以状态 1 退出；若部门只用另一种语言写成，
也会说明（"The content is written in English only; try English words"）。
只有部分词被提到时，会在标准错误上列出其余的词，并列出其余词找到的结果。

文字提到查询的主要词（占一半权重的词；只通过同义词包含的词按同义词的权重计）即为匹配；
只提到次要词的文字按得分排在相应位置，标为 "(in part)"，占用 --limit 在匹配之后剩下的行数
（--limit 限制行数，--json 也一样）；未列出的在标准错误上计数。

用 --json（或 --format json）时每行是一个 JSON 对象：path、department（名称）、
owner（部门，以及负责该职责的岗位）、where（部门 › 章节）、text、lang、score、
match（words；partial 表示只提到次要词；在没有职责提到查询时的最接近结果中，
related 表示只通过相关词找到，letters 表示按顺序包含查询的字母）、places（每一处的路径）、
departments（持有该文字的每个部门，本行的在前）和 positions（text 中匹配字符的位置，
以 Unicode 码点计）。用 --owners --json 时：owner（与列表中的名称相同）、path（岗位或部门的路径）、
department（它的 id）、score、duties（匹配主要词的职责数）、mentions（提到任一查询词的职责数）、
named（查询点名了此负责方）和 proof（最相关的职责：path、text、lang；
资料未列出职责的被点名负责方为 null）。没有匹配时 --json 不输出任何行，退出状态为 1。`,
		"search --limit":  "最多输出 N 行，匹配的在前（或 N 个负责方）；0 表示全部输出",
		"search --owners": "输出匹配职责的负责方：部门和岗位",
		"search --format": "text 或 json（--json 即 --format json）",
		"search --json":   "输出 JSON：与 --format json 相同",

		"show": "以 Markdown 输出一个部门、章节、岗位或职责",
		"show#long": `show 输出组织中一个节点的页面：描述、特征、职责、下级章节和来源；
内容来自多层时（--content 叠加在内置内容之上），还会注明节点来自哪一层。

REF 可以是：
  - 由 id 组成的路径：marketing、marketing/positions/manager、marketing/positions/manager/3
    （第三项职责）；第一个 id 也可以是名称或别名：mkt/positions/manager
  - 部门或专题的 id、名称（任一语言）或别名：sales、"Sales department"、销售部
  - 章节或岗位的确切名称，只要只有一个节点叫这个名字

名称和别名须完整匹配，不区分大小写；不加 --lang 时，用某种语言的名称写的引用
（市场部，或它的拼音 xiaoshoubu）得到该语言的页面。没有匹配时，show 列出相近的候选
（先列几乎被路径点名的），并以状态 1 退出。

在终端上，页面带样式渲染，按终端宽度换行，为便于阅读最多 ` + strconv.Itoa(readingWidth) + ` 列（--width 可设置）；
比终端高的页面在 $PAGER 中打开（默认 less -R；--no-pager 直接输出）。
--theme auto 询问终端的背景色，得不到回答时依次参考 $COLORFGBG 和深色。
NO_COLOR 只保留粗体等属性，不用颜色；TERM=dumb 输出纯文本。输出被管道或重定向时，
show 输出 Markdown 源文本，每段一行，由阅读工具换行；加 --width 时，输出按该宽度排好的纯文本。`,
		"show --width":    "按这么多列换行（默认：终端的宽度，最多 " + strconv.Itoa(readingWidth) + "）；管道输出时为该宽度的纯文本",
		"show --no-pager": "即使页面比终端高也直接输出",

		"compare": "比较两个部门：特征、相似职责、交接",
		"compare#long": `compare 把两个部门并排比较：逐行比较特征；相似的职责（按措辞相似配对，
措辞相似并不证明是同一项工作，每对注明相似程度：very similar、similar 或 related）；
按 RACI 分工的工作（一方的职责中 Responsible 或 Accountable 行点名了另一方，
或专题的共同工作中 RACI 行同时点名两方，并注明谁做什么：即它们的矩阵中显示为分工的部分）；
只有一方做的职责；双方互相交接的内容；以及涉及双方的专题。部门与自身比较时会说明。

A 和 B 是部门：id、任一语言的名称、别名，或其开头或缩写（mkt、fin、市场）。
名称符合多个部门或一个也不符合时，compare 列出候选及其 id，并以状态 1 退出。

输出为不含转义序列的 Markdown；--json（或 --format json）以 JSON 输出同样的比较，供脚本使用。`,
		"compare --format": "md 或 json（--json 即 --format json）",
		"compare --json":   "输出 JSON：与 --format json 相同",

		"matrix": "部门或岗位的职责分配矩阵（RACI）",
		"matrix#long": `matrix 输出所给单位的职责分配矩阵：行是写在这些单位中的职责，
以及其他地方 RACI 行点名了它们的职责；列是单位，先是所给的，
再是各行点名的其他单位；每个单元格中是该单位担任的角色的字母：
  R  responsible（执行）：做这项工作
  A  accountable（负责）：对它负责并签核（每项职责一个单位）
  C  consulted（咨询）：事前征求意见
  I  informed（知会）：事后告知
没有 RACI 行的职责由它所在的单位（它的岗位或下级部门，否则是它的部门）执行，
并由该单位负责（RA）。不给 UNITS 时，输出整个组织的矩阵。专题没有矩阵：
它的共同工作出现在其 RACI 行所点名的每个单位的矩阵中。

单位是部门（id、任一语言的名称、别名，或其开头或缩写，与 compare 的写法相同），
或岗位、下级部门（它的路径或名称）。--role 只保留有单位担任该角色的行，且只显示该字母；
--shared 只保留有多个单位担任角色的行：即分工的工作。

--format md（默认）输出 Markdown 表格和图例；csv 输出 path、duty 和每个单位一列
（以其路径为列名）；json（或 --json）输出一个对象：units（path、name、kind）
和 rows（path、duty、where、与 units 对齐的 cells、raci：担任每个角色的单位路径、
implicit：没有 RACI 行给出的角色）。

超过一千万个单元格（职责数乘以单位数：例如有数千个部门的整个组织）的矩阵不会输出；
matrix 会说明并给出一个更小的写法。`,
		"matrix --format": "md、csv 或 json（--json 即 --format json）",
		"matrix --json":   "输出 JSON：与 --format json 相同",
		"matrix --role":   "只保留一个角色：R、A、C 或 I（或它的名称）",
		"matrix --shared": "只保留有多个单位担任角色的职责",

		"export": "把整个知识库写成 Markdown、JSON、CSV 或图表",
		"export#long": `export 把每个部门、专题、关系和来源写到标准输出，
或用 --out 写到文件（已有的文件只有加 --force 才会替换；文件要么完整写出，要么不写）。
用 --out 而不加 --format 时，由文件的扩展名选择格式（` + formatExts() + `；
其他扩展名得到 Markdown）；与扩展名矛盾的 --format 会被拒绝。

格式：
  md    一份 Markdown 文档：各部门及其特征表、章节和职责（每项附 RACI 角色，
        与 show 所列相同）；然后是专题、关系和来源列表
  json  一份 JSON 文档，由 docs/export.schema.json 描述：部门、专题和关系
        作为节点树，以及来源
  csv   按 RFC 4180 加引号，行以 LF 结尾；先是表头行，然后每个部门、专题、关系、
        章节和职责（或要点）一行：path、kind、department_en、…、section_…、duty_…、
        description_…、code、aliases_…、sources、concerns、from、to；
        dutymap import 可以读回（docs/import.md）。以 =、+、- 或 @（或制表符、回车）
        开头的单元格前加一个撇号，使电子表格把它当作文字，绝不当公式运行；
        import 会去掉这个撇号
  xlsx  同样的行，作为 Excel 工作簿（请重定向到文件）
  mermaid  Mermaid 流程图：每个部门一个框，注明职责数；每个交接一个箭头，
        标明交接的内容和项数
  dot   同样的图，作为 Graphviz 图：dutymap export --format dot | dot -Tsvg
        > org.svg
--format 的其他名称：` + aliases + `。
--out 的其他扩展名：` + exts + `。

--positions 在图表中把每个部门的岗位画在它下面，按包含它们的章节分组。
图表中的名称会被转义：任何名称都不能改变图的结构。

--lang 选择语言：en、zh 或 all（默认）。用 all 时，Markdown 文档依次包含每种语言，
JSON 的文字同时带两种语言，CSV 每种语言一列文字，图表的标签每种语言一行。
内容中没有文字的语言会被略去，因此单语言的组织只导出那种语言；要求内容中完全没有的语言时，
CSV、XLSX 和 JSON 包含内容已有的语言（与 import 的读法一致）。某种语言缺少的文字
在 JSON 中略去，在 CSV、XLSX 中为空；Markdown 则改用另一种语言。

输出是确定的：同样的内容总是导出同样的字节。`,
		"export --format":    "md、json、csv、xlsx、mermaid 或 dot（用 --out 时由文件的扩展名选择）",
		"export --out":       "要写的文件（默认，或 -：标准输出）",
		"export --force":     "配合 --out：文件已存在时替换它",
		"export --lang":      "要导出的语言：en、zh 或 all",
		"export --positions": "图表：把每个部门的岗位画在它下面",

		"import": "把部门、岗位和职责的电子表格转成内容文件夹",
		"import#long": `import 读取一个电子表格（每项职责或每个章节一行），写出一个 dutymap 能校验和打开的
内容文件夹：每个部门每种语言一个 Markdown 文件。

按表头找列：Department（或 Dept、Division、部门）、Section（Team、Unit、Group；
多列即多级）、Position（Job title、Occupation、Role、岗位）、Duty（Task、Responsibility、职责）、
Description（Details、Notes）、Code（Task ID、Number、编号）、Department code、Position code、
ID、Path、Language、Aliases、Sources、Kind。表头可以注明语言：Duty (zh)、duty_zh、职责（中文）。
--column FIELD=HEADER 指定猜测漏掉的列，或在两个被读作同一字段的列（Notes 和 Details）中
选一个；HEADER 也可以是列的字母（--column duty=D）。其他列会被忽略并列出。
表头行可以在标题下方：它是前 6 行中第一个含有部门列的行，其上的行会被跳过
（import 会说明）。CSV 文件的分隔符（逗号、分号或制表符）由前几行猜出；--separator 可以指定。
单元格比表头多的行（一个含逗号却没有双引号的单元格）算作问题，没有表头的列中有值也算。

没有职责的行描述它的最后一个单位：一个没有职责的章节，或章节的描述或编号。
只写一次部门（或章节、岗位）、下面的单元格留空表示“同上”的表格，用 --fill-down 导入：
空的单位单元格取上一行的值，只要它之前的各级与上一行相同。
export --format csv 或 xlsx 写出的文件可以导回成同样的组织。

只要有一行有问题就什么也不写：每个问题都会列出它的行和列。--out 指定文件夹
（默认是去掉扩展名的文件名）；规则与 init 相同：非空的文件夹需要 --force，
dutymap 绝不通过符号链接写入。docs/import.md 有一个完整的例子。`,
		"import --out":       "要写的内容文件夹（默认：去掉扩展名的文件名）",
		"import --force":     "写入非空的文件夹（同名文件会被替换）",
		"import --prune":     "配合 --force：删除表格中已没有的内容文件（从表中删去的部门）",
		"import --column":    "FIELD=HEADER：把名为 HEADER 的列（或该字母的列，如 D）作为 FIELD（可重复；见 --help）",
		"import --lang":      "表头未注明语言的列的语言（en、zh、de 这样的代码）；不给时，若这些表头是中文（部门、职责）则为 zh",
		"import --sheet":     "要读取的工作表（默认：第一个）",
		"import --separator": "CSV 文件的分隔符：comma、semicolon 或 tab（默认：由前几行猜出）",
		"import --encoding":  "CSV 文件的文字编码：utf-8、gb18030、big5、windows-1252、…",
		"import --fill-down": "把空的部门、章节或岗位单元格读作上一行的值（只写一次单位、供下面各行沿用的表格）",

		"init": "把内置内容写到一个文件夹，作为你自己的组织来编辑",
		"init#long": `init 把内置的组织以普通的 Markdown 和 YAML 文件复制到 DIR
（en/*.md、zh/*.md、sources.yaml 和 groups.yaml），可以用任何文本编辑器编辑。
格式见 docs/content-format.md。

需要时会创建 DIR。init 拒绝写入已存在且非空的文件夹，以免覆盖你的工作；
--force 则照样写入，替换同名文件并保留其他所有文件。

之后用 "dutymap validate DIR" 检查你的修改，用 "dutymap --content DIR --builtin=false"
浏览结果。可以删除 zh/（或 en/）文件夹，只保留一种语言。`,
		"init#example": `  dutymap init myorg
  dutymap validate myorg
  dutymap --content myorg --builtin=false
  dutymap init myorg --force   # 恢复原有文件，保留你添加的文件`,
		"init --force": "即使 DIR 非空也写入（同名文件会被替换）",

		"cache": "显示内容文件夹的缓存，或清除它",
		"cache#long": `dutymap 把内容文件夹解析后的组织和搜索索引保存在用户缓存文件夹中，
每组文件夹一个文件（Linux 上为 $XDG_CACHE_HOME/dutymap 或 ~/.cache/dutymap，
macOS 上为 ~/Library/Caches/dutymap，Windows 上为 %LocalAppData%\dutymap），
这样下次运行只需读这个文件，而不必解析每个文件、分析每个词。

只有当每个内容文件都在且内容相同（按 SHA-256；大小和修改时间在写缓存之前很久就没变的文件
不会再读）、dutymap 的构建和缓存格式相同、且校验和正确时，才会使用缓存文件；
否则就像没有缓存一样读取文件夹，并重新写出缓存文件。只有内置内容时从不缓存：它几毫秒就能载入。

"dutymap cache" 列出缓存文件：大小、写入时间、各自包含的文件夹（不是本 dutymap 可读的缓存文件时，
说明它是什么：其他版本的、正在写入的或已损坏的）。每次写入或列出缓存文件时，
会删除已不存在的文件夹的缓存文件。"dutymap cache clear" 删除全部缓存文件。
任何命令加 --no-cache 都既不读也不写缓存。`,

		"serve": "通过 SSH 向团队提供交互界面和只读命令",
		"serve#long": `serve 运行一个 SSH 服务器：公钥在授权密钥文件中的每个人，都可以从任何终端
打开本服务器所持内容的交互界面，无需安装任何东西：

  ssh -p 23234 duties.example.com            交互界面（需要终端）
  ssh -p 23234 duties.example.com -t zh      中文的交互界面（或发送 LANG）
  ssh -p 23234 duties.example.com search "who sets prices"
  ssh -p 23234 duties.example.com show marketing/positions/manager
  ssh -p 23234 duties.example.com export --format json > org.json

通过 SSH 可用的命令：search、show、compare、export、check、matrix、version、help。
它们的输出与在本地运行同一命令的纯文本输出相同，退出状态就是客户端的退出状态。
其他都不运行：没有 shell，没有其他命令，没有端口或代理转发，没有 SFTP；
--content 和 --builtin 会被拒绝（内容由服务器选择）。

除非 --listen 另有指定，服务器只监听回环地址。它的主机密钥只创建一次，位于 --host-key
（默认：用户配置文件夹中的 dutymap/` + serve.HostKeyName + `，如 ~/.config），以后每次启动都沿用。
每个会话都记录在标准错误上：用户名、地址和密钥指纹、开始时间、运行了什么、持续多久；
从不记录输入的内容。

内容文件夹受到监视：通过校验的修改立即提供给新会话和已打开的交互界面；
有问题的修改连同校验报告记入日志，继续提供上一份有效的内容，已打开的交互界面会说明这一点。
SIGHUP 重新读取内容。SIGTERM、SIGINT 和 SIGQUIT 停止服务器：
每个会话都会收到通知并关闭，dutymap 以 0 退出。`,
		"serve#example": `  dutymap serve --authorized-keys ~/.ssh/authorized_keys
  dutymap --content /srv/org --builtin=false serve --listen :23234 --authorized-keys /etc/dutymap/team.keys
  dutymap serve --allow-anyone --listen 0.0.0.0:2222   # 公开的只读服务器`,
		"serve --listen":          "要监听的地址，HOST:PORT（\":23234\" 表示所有网络接口）",
		"serve --authorized-keys": "允许登录的公钥，每行一个，与 ~/.ssh/authorized_keys 相同；文件变化时重新读取",
		"serve --allow-anyone":    "允许任何人登录，不论用什么密钥或不用密钥（公开的只读服务器）",
		"serve --host-key":        "服务器的私钥，不存在时创建（默认：用户配置文件夹中的 dutymap/" + serve.HostKeyName + "）",
		"serve --max-sessions":    "同时打开的会话数；再多一个会被告知服务器繁忙",
		"serve --max-logged-in":   "同时已登录的连接数，不计等待登录的；再多一个会被告知服务器繁忙（默认为 --max-sessions 的两倍；至少为 --max-sessions）",
		"serve --max-pending":     "一个客户端地址（IPv4 的 /24、IPv6 的 /64）在登录前可以打开的连接数",
		"serve --max-startups":    "（所有地址）未登录的连接超过 start 个后，按 rate% 拒绝新连接，到 full 个时全部拒绝，与 OpenSSH 的 MaxStartups 相同",
		"serve --rate-limit":      "一个客户端地址每分钟可以开始的会话数",
		"serve --input-rate":      "一个会话每秒从客户端读取的字节数（可短时达到 4 倍）",
		"serve --idle-timeout":    "关闭这么长时间无人输入的交互界面",

		"check": "检查职责由谁持有：RACI、重复负责方、交接",
		"check#long": `check 对有效的内容运行归属检查，列出每个发现，附上严重程度、要修改的文件和行，以及修正方法。
不给 DIR 时，检查全局选项选定的内容（内置组织和 --content 各层）。

各项检查（--checks 选择其中几项，用逗号分隔；all 为默认，运行全部）：
  no-owner           error   专题共同工作列表中没有单位持有的职责：没有 Responsible 或 Accountable 行，专题涉及的部门也都没有列出它
  double-owner       warning 两个部门持有相同或几乎相同的职责，却没有 RACI 行给另一方一份工作（Responsible 或 Accountable；Consulted 和 Informed 不算），也没有 Overlaps 行
  multi-accountable  error   一项职责有多个负责（accountable）单位（或在专题中，有多个执行单位而没有 Accountable 行）
  no-responsible     error   有人负责却没有单位执行的职责（专题中有 Accountable 行而没有 Responsible 行的要点）
  dangling-handoff   error   From、To 或 Returns 行没有指向任何东西的交接，或指向的节点不在那一端的部门中
  lang-parity        warning 只用组织两种语言之一写成的职责（或整个文档），或在一个文件中留着另一种语言
  raci-repeat        warning 一条 RACI 行多次点名同一单位，或一个单位在它执行或负责的职责上又被咨询或知会（Responsible 和 Accountable 同时出现没有问题）
  duty-repeat        warning 同一岗位、章节或部门下重复写了多次的职责（措辞相同，不计大小写、空白和句末标点），以及各副本的 RACI 行有何不同

没有 RACI 行的职责由它所在的单位（它的岗位或下级部门，否则是它的部门）执行，
并由该单位负责；见 docs/content-format.md。

--format json（或 --json）输出一个供 CI 使用的 JSON 对象：checks、findings（check、severity、
file、line、path、message、fix、related）和 summary。

每项检查最多列出 --limit 个发现（` + strconv.Itoa(defaultCheckLimit) + `），按文件和行排在前面的先列；之后一行说明
还找到多少个以及如何全部列出（--limit 0），摘要统计全部发现。大型组织中若有大量相似的职责，
可能有数百万个重复负责方：全部列出时，每个约占 1 KB 内存和输出。

退出状态：0 没有发现，3 有发现，1 内容无效（与 validate 的报告相同）或无法写出输出，2 用法错误。`,
		"check --checks": "要运行的检查，用逗号分隔",
		"check --limit":  "每项检查最多列出的发现数（0：全部）；其余的只计数",
		"check --format": "text 或 json（--json 即 --format json）",
		"check --json":   "输出 JSON：与 --format json 相同",

		"validate": "检查一个内容文件夹，列出每个问题及其 文件:行",
		"validate#long": `validate 读取一个内容文件夹，列出其中的每个问题，附上文件、行和修正方法。
不给 DIR 时，检查全局选项选定的内容。内容有效时以 0 退出，无效时以 1 退出。

--format json（或 --json）输出一个供编辑器和 CI 使用的 JSON 对象：valid、problems
（severity、file、line、message、fix）、notes 和 summary。`,
		"validate#example": `  dutymap validate myorg
  dutymap --content myorg validate   # 你的文件夹叠加在内置内容之上
  dutymap validate myorg --json | jq -r '.problems[] | "\(.file):\(.line): \(.message)"'`,
		"validate --format": "text 或 json（--json 即 --format json）",
		"validate --json":   "输出 JSON：与 --format json 相同",

		"version": "输出 dutymap 的版本、Go 版本和源代码修订",
		"version#long": `version 输出这个 dutymap 程序的版本（安装时的模块版本，从工作副本构建的则为 "devel"）、
构建它的 Go 版本，以及构建时记录下的源代码修订和时间。
报告问题时请附上这段输出。`,

		"help": "任一命令的帮助",
		"help#long": `help 提供任一命令的帮助。
输入 dutymap help [命令路径] 查看完整说明。`,
		"help#example": `  dutymap help search
  dutymap search --help   # 相同`,

		"completion": "生成指定 shell 的自动补全脚本",
		"completion#long": `为指定的 shell 生成 dutymap 的自动补全脚本。
生成的脚本怎么用，见各子命令的帮助。`,
		"completion#example": `  source <(dutymap completion bash)
  dutymap completion zsh > "${fpath[1]}/_dutymap"   # 在 zsh 中
  dutymap completion fish > ~/.config/fish/completions/dutymap.fish`,
		"completion bash": "生成 bash 的自动补全脚本",
		"completion bash#long": `生成 bash 的自动补全脚本。

此脚本依赖 'bash-completion' 软件包。
如果还没有安装，可以用操作系统的软件包管理器安装。

在当前 shell 会话中加载补全：

	source <(dutymap completion bash)

要让以后的每个会话都加载补全，执行一次：

#### Linux：

	dutymap completion bash > /etc/bash_completion.d/dutymap

#### macOS：

	dutymap completion bash > $(brew --prefix)/etc/bash_completion.d/dutymap

需要开一个新的 shell 才能生效。`,
		"completion bash --no-descriptions": "补全时不显示说明",
		"completion zsh":                    "生成 zsh 的自动补全脚本",
		"completion zsh#long": `生成 zsh 的自动补全脚本。

如果你的环境中还没有启用 shell 补全，需要先启用。执行一次：

	echo "autoload -U compinit; compinit" >> ~/.zshrc

在当前 shell 会话中加载补全：

	source <(dutymap completion zsh)

要让以后的每个会话都加载补全，执行一次：

#### Linux：

	dutymap completion zsh > "${fpath[1]}/_dutymap"

#### macOS：

	dutymap completion zsh > $(brew --prefix)/share/zsh/site-functions/_dutymap

需要开一个新的 shell 才能生效。`,
		"completion zsh --no-descriptions": "补全时不显示说明",
		"completion fish":                  "生成 fish 的自动补全脚本",
		"completion fish#long": `生成 fish 的自动补全脚本。

在当前 shell 会话中加载补全：

	dutymap completion fish | source

要让以后的每个会话都加载补全，执行一次：

	dutymap completion fish > ~/.config/fish/completions/dutymap.fish

需要开一个新的 shell 才能生效。`,
		"completion fish --no-descriptions": "补全时不显示说明",
		"completion powershell":             "生成 powershell 的自动补全脚本",
		"completion powershell#long": `生成 powershell 的自动补全脚本。

在当前 shell 会话中加载补全：

	dutymap completion powershell | Out-String | Invoke-Expression

要让以后的每个会话都加载补全，把上面这条命令的输出加入你的 powershell 配置文件。`,
		"completion powershell --no-descriptions": "补全时不显示说明",
	}
}
