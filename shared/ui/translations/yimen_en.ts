<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ColourScheme</name>
    <message>
        <source>标准配色</source>
        <translation>Standard colours</translation>
    </message>
    <message>
        <source>深色高对比</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <source>浅色高对比</source>
        <translation>Light, high contrast</translation>
    </message>
</context>
<context>
    <name>CounterAccounts</name>
    <message>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>帮办代办员</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>大厅管理员</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <source>自助终端</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>叫号显示屏</source>
        <translation>Call display</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>无差别综合</source>
        <translation>Any business</translation>
    </message>
    <message>
        <source>分领域</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Cross-province</translation>
    </message>
    <message>
        <source>帮办代办/老年人</source>
        <translation>Assisted / elderly</translation>
    </message>
    <message>
        <source>办不成事</source>
        <translation>Unresolved issues</translation>
    </message>
    <message>
        <source>本厅设置</source>
        <translation>Hall settings</translation>
    </message>
    <message>
        <source>目录发布</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>{n}号窗口</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>工作人员账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>请在上表中选择一个账号。</source>
        <translation>Select an account in the table above.</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <source>改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>开通账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>如 lina03</source>
        <translation>e.g. lina03</translation>
    </message>
    <message>
        <source>临时密码，首次登录须修改</source>
        <translation>Temporary; changed at first sign-in</translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>开通</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>窗口设置</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>终端按配置中的窗口号绑定窗口；窗口类型和可叫的业务类别在这里设置。</source>
        <translation>A terminal is bound to the window number in its settings; each window&apos;s type and the categories it calls are set here.</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>可叫业务</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window no.</translation>
    </message>
    <message>
        <source>业务类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>保存窗口设置</source>
        <translation>Save window</translation>
    </message>
    <message>
        <source>请先在窗口表中选择一个窗口，或输入新的窗口号。</source>
        <translation>Select a window in the table, or enter a new window number.</translation>
    </message>
    <message>
        <source>请先选择一个账号。</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <source>{username} 的临时密码</source>
        <translation>Temporary password for {username}</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>已选：{name}（{role}，登录名 {username}）</source>
        <translation>Selected: {name} ({role}, login {username})</translation>
    </message>
    <message>
        <source>修改 {n}号窗口（{label}）</source>
        <translation>Edit window {n} ({label})</translation>
    </message>
    <message>
        <source>保存 {n}号窗口的设置</source>
        <translation>Save window {n}</translation>
    </message>
    <message>
        <source>新增 {n}号窗口</source>
        <translation>Add window {n}</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至{time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CounterAge</name>
    <message>
        <source>{days}天{hours}小时</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{days}天</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{hours}小时{minutes}分</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours}小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes}分钟</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>CounterApplicant</name>
    <message>
        <source>代办：请代办人把本人的身份证放在读卡器上。</source>
        <translation>Agent: please ask the agent to put their own ID card on the reader.</translation>
    </message>
    <message>
        <source>申请人（委托人）的证件照常读取或录入。</source>
        <translation>The applicant&apos;s (the principal&apos;s) ID is read or typed as usual.</translation>
    </message>
    <message>
        <source>请代办人把本人的身份证放在读卡器上。</source>
        <translation>Please ask the agent to put their own ID card on the reader.</translation>
    </message>
    <message>
        <source>请重读代办人身份证，或核对后重输。</source>
        <translation>Read the agent&apos;s ID card again, or check it and type it again.</translation>
    </message>
    <message>
        <source>已选择代办，但还没有代办人的身份信息。</source>
        <translation>Agent chosen, but the agent&apos;s identity is not recorded yet.</translation>
    </message>
    <message>
        <source>请读取代办人本人的身份证。</source>
        <translation>Please read the agent&apos;s own ID card.</translation>
    </message>
    <message>
        <source>等待读取代办人身份证…</source>
        <translation>Waiting for the agent&apos;s ID card…</translation>
    </message>
    <message>
        <source>尚未录入代办人</source>
        <translation>No agent recorded yet</translation>
    </message>
    <message>
        <source>{agent}（已读卡）</source>
        <translation>{agent} (card read)</translation>
    </message>
    <message>
        <source>已读取代办人身份证：{agent}。</source>
        <translation>Agent&apos;s ID card read: {agent}.</translation>
    </message>
    <message>
        <source>请收取委托人签名的授权委托书原件。</source>
        <translation>Please take the original power of attorney signed by the principal.</translation>
    </message>
    <message>
        <source>请核对代办人的证件。</source>
        <translation>Please check the agent&apos;s ID.</translation>
    </message>
    <message>
        <source>请先改正申请人信息中标红的项。</source>
        <translation>Please correct the applicant details marked in red first.</translation>
    </message>
    <message>
        <source>尚未录入申请人</source>
        <translation>No applicant recorded yet</translation>
    </message>
    <message>
        <source>已读取身份证。</source>
        <translation>ID card read.</translation>
    </message>
    <message>
        <source>核对本人与证件照片一致后继续。</source>
        <translation>Check that the person matches the ID photo, then go on.</translation>
    </message>
    <message>
        <source>已扫描电子证照 {licence_no}，正在向省平台核验…</source>
        <translation>E-licence {licence_no} scanned, verifying with the provincial platform…</translation>
    </message>
    <message>
        <source>这是排队号 {number} 的取号凭条。</source>
        <translation>This is the queue slip of number {number}.</translation>
    </message>
    <message>
        <source>请在左侧叫号区操作。</source>
        <translation>Use the calling area on the left.</translation>
    </message>
    <message>
        <source>无法识别的二维码。</source>
        <translation>QR code not recognised.</translation>
    </message>
    <message>
        <source>请扫描电子证照、办件或预约二维码。</source>
        <translation>Scan an e-licence, case or booking QR code.</translation>
    </message>
    <message>
        <source>预约 {code} 已取消。</source>
        <translation>Booking {code} was cancelled.</translation>
    </message>
    <message>
        <source>可按普通取号办理。</source>
        <translation>Serve it as an ordinary ticket.</translation>
    </message>
    <message>
        <source>预约 {code}：{item}，{when}，预约人 {name}（{phone}）。</source>
        <translation>Booking {code}: {item}, {when}, booked by {name} ({phone}).</translation>
    </message>
    <message>
        <source>{month}月{day}日 {start}–{end}</source>
        <translation>{month}/{day} {start}–{end}</translation>
    </message>
    <message>
        <source>已选好事项；请读取身份证，核对与预约人一致后办理。</source>
        <translation>Item chosen; read the ID card and check it matches the booking before serving.</translation>
    </message>
    <message>
        <source>已调出自助机预申请 {case_no}：{item}。</source>
        <translation>Kiosk pre-application {case_no} opened: {item}.</translation>
    </message>
    <message>
        <source>材料已带入清单，请核验原件。</source>
        <translation>Its materials are on the checklist; please check the originals.</translation>
    </message>
    <message>
        <source>办件 {case_no}（{item}）状态：{state}。</source>
        <translation>Case {case_no} ({item}) state: {state}.</translation>
    </message>
    <message>
        <source>已带入申请人信息。</source>
        <translation>Applicant details filled in.</translation>
    </message>
    <message>
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>请申请人把身份证放在读卡器上，或扫描二维码（电子证照、自助机预申请、预约）。</source>
        <translation>Ask the applicant to put their ID card on the reader, or scan a QR code (e-licence, kiosk pre-application, booking).</translation>
    </message>
    <message>
        <source>录入证件号码后显示该申请人在本厅的办件和可复用材料。</source>
        <translation>Enter an ID number to see the applicant&apos;s cases at this hall and reusable materials.</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位（企业、社会组织）</source>
        <translation>Organisation (company, association)</translation>
    </message>
    <message>
        <source>18位，读卡自动填入</source>
        <translation>18 digits, filled in by the card reader</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>用于短信通知办理进度</source>
        <translation>For SMS updates on the case</translation>
    </message>
    <message>
        <source>联系地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮寄送达时必填</source>
        <translation>Required for delivery by post</translation>
    </message>
    <message>
        <source>代办（由代办人代为办理，须授权委托书）</source>
        <translation>Agent (applies on the applicant&apos;s behalf, needs a power of attorney)</translation>
    </message>
    <message>
        <source>读取代办人身份证  [Ctrl+Shift+R]</source>
        <translation>Read agent&apos;s ID  [Ctrl+Shift+R]</translation>
    </message>
    <message>
        <source>代办人身份号码</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>读卡自动填入；无法读卡时手工录入</source>
        <translation>Filled in by the card reader; type it if the card cannot be read</translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>一人一档</source>
        <translation>Personal file</translation>
    </message>
    <message>
        <source>可复用材料（无需再交）</source>
        <translation>Reusable materials (need not be handed in again)</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>来自办件</source>
        <translation>From case</translation>
    </message>
    <message>
        <source>原收取方式</source>
        <translation>Received as</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>历史办件</source>
        <translation>Earlier cases</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>承诺日期</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>✔ 已读取身份证（读卡核验），请核对本人与证件照片。</source>
        <translation>✔ ID card read (card check); check the person against the ID photo.</translation>
    </message>
    <message>
        <source>已扫描电子证照：{licences}</source>
        <translation>E-licences scanned: {licences}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>代办人：{agent}&#x3000;委托人：申请人本人</source>
        <translation>Agent: {agent}&#x3000;Principal: the applicant</translation>
    </message>
    <message>
        <source>一企一档</source>
        <translation>Organisation file</translation>
    </message>
    <message>
        <source>本厅有{cases}件办件，{materials}项材料可直接复用。</source>
        <translation>{cases} cases at this hall, {materials} materials can be reused.</translation>
    </message>
    <message>
        <source>首次在本厅办事，没有历史档案。</source>
        <translation>First time at this hall, no earlier file.</translation>
    </message>
</context>
<context>
    <name>CounterCaseState</name>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>待补正</source>
        <translation>To supplement</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>CounterCases</name>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>容缺待补</source>
        <translation>Materials owed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>纸质原件</source>
        <translation>Paper original</translation>
    </message>
    <message>
        <source>纸质复印件</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>数据共享</source>
        <translation>Data sharing</translation>
    </message>
    <message>
        <source>材料复用</source>
        <translation>Reused material</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Signed commitment</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translation>To be supplied later</translation>
    </message>
    <message>
        <source>读卡核验</source>
        <translation>Card read</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>未受理</source>
        <translation>Not yet accepted</translation>
    </message>
    <message>
        <source>补正中（计时暂停）</source>
        <translation>Supplement pending (clock paused)</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>超期{n}个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <source>超期{n}天（日历未发布，按自然日估算）</source>
        <translation>{n} days overdue (calendar not published, estimated in calendar days)</translation>
    </message>
    <message>
        <source>即将到期：剩{n}个工作日</source>
        <translation>Due soon: {n} working days left</translation>
    </message>
    <message>
        <source>即将到期：剩{n}天（日历未发布，按自然日估算）</source>
        <translation>Due soon: {n} days left (calendar not published, estimated in calendar days)</translation>
    </message>
    <message>
        <source>剩{n}个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>剩{n}天（日历未发布，按自然日估算）</source>
        <translation>{n} days left (calendar not published, estimated in calendar days)</translation>
    </message>
    <message>
        <source>{name}中（计时暂停）</source>
        <translation>{name} under way (clock paused)</translation>
    </message>
    <message>
        <source>补正</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>计时：{status}</source>
        <translation>Clock: {status}</translation>
    </message>
    <message>
        <source>（承诺{date}办结，预计）</source>
        <translation> (promised by {date}, provisional)</translation>
    </message>
    <message>
        <source>（承诺{date}办结）</source>
        <translation> (promised by {date})</translation>
    </message>
    <message>
        <source>{first}至{last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{first}起</source>
        <translation>from {first}</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>{n}个工作日不计入</source>
        <translation>{n} working days not counted</translation>
    </message>
    <message>
        <source>暂停计时：{name} {span}（{state}）</source>
        <translation>Clock paused: {name} {span} ({state})</translation>
    </message>
    <message>
        <source>窗口领取</source>
        <translation>Collect at the window</translation>
    </message>
    <message>
        <source>免费邮寄</source>
        <translation>Free postal delivery</translation>
    </message>
    <message>
        <source>电子送达</source>
        <translation>Electronic delivery</translation>
    </message>
    <message>
        <source>省内通办</source>
        <translation>Within the province</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Across provinces</translation>
    </message>
    <message>
        <source>委托代办</source>
        <translation>entrusted agent</translation>
    </message>
    <message>
        <source>免费代办</source>
        <translation>free agency service</translation>
    </message>
    <message>
        <source>在途</source>
        <translation>in transit</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>received</translation>
    </message>
    <message>
        <source>{how}（邮件号 {tracking}）</source>
        <translation>{how} (tracking number {tracking})</translation>
    </message>
    <message>
        <source>{how}，承办地 {region}（{code}）</source>
        <translation>{how}, handled in {region} ({code})</translation>
    </message>
    <message>
        <source>{agent}（{how}，{where}）</source>
        <translation>{agent} ({how}, {where})</translation>
    </message>
    <message>
        <source>{transfer}：{state}，已到{place}</source>
        <translation>{transfer}: {state}, arrived at {place}</translation>
    </message>
    <message>
        <source>{transfer}：{state}，现在{place}</source>
        <translation>{transfer}: {state}, now at {place}</translation>
    </message>
    <message>
        <source>办件 {case_no}：{material}电子证照核验未通过，{reason}。请联系申请人补交纸质材料。</source>
        <translation>Case {case_no}: the e-licence for {material} failed the check, {reason}. Please ask the applicant for the paper document.</translation>
    </message>
    <message>
        <source>办件 {case_no}：{material}共享数据未调取到，{reason}。请联系申请人补交纸质材料。</source>
        <translation>Case {case_no}: the shared data for {material} could not be retrieved, {reason}. Please ask the applicant for the paper document.</translation>
    </message>
    <message>
        <source>办件 {case_no} 补正材料已收齐。</source>
        <translation>Case {case_no}: all supplementary materials received.</translation>
    </message>
    <message>
        <source>已受理或恢复审查，承诺日期已顺延。</source>
        <translation>Accepted or back in review; the promised date has moved on.</translation>
    </message>
    <message>
        <source>{procedure}已开始，计时暂停。</source>
        <translation>{procedure} started; the clock is paused.</translation>
    </message>
    <message>
        <source>请书面告知申请人（行政许可法第45条）。</source>
        <translation>Please inform the applicant in writing (Administrative Licensing Law, Art. 45).</translation>
    </message>
    <message>
        <source>特别程序已结束，恢复计时。</source>
        <translation>Special procedure ended; the clock runs again.</translation>
    </message>
    <message>
        <source>承诺日期按实际暂停的工作日顺延。</source>
        <translation>The promised date moves on by the working days actually paused.</translation>
    </message>
    <message>
        <source>已登记办件 {case_no} 的补交材料。</source>
        <translation>Supplied material recorded for case {case_no}.</translation>
    </message>
    <message>
        <source>已通知审批部门。</source>
        <translation>The approving department has been notified.</translation>
    </message>
    <message>
        <source>办件 {case_no} 已出件。</source>
        <translation>Case {case_no}: result handed over.</translation>
    </message>
    <message>
        <source>即办件 {case_no} 已当场办结。</source>
        <translation>On-the-spot case {case_no} completed.</translation>
    </message>
    <message>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>全厅办件</source>
        <translation>Hall&apos;s cases</translation>
    </message>
    <message>
        <source>办件编号（20位）、身份证号或日期 2026-11-17，回车查询</source>
        <translation>Case number (20 digits), ID number or date 2026-11-17, Enter to search</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>剩余时限</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>选择一个办件查看详情</source>
        <translation>Select a case to see its details</translation>
    </message>
    <message>
        <source>登记补交容缺材料</source>
        <translation>Record an owed material</translation>
    </message>
    <message>
        <source>出件（交付办理结果）</source>
        <translation>Hand over the result</translation>
    </message>
    <message>
        <source>即办件当场办结（首席事务代表）</source>
        <translation>Complete on the spot (chief representative)</translation>
    </message>
    <message>
        <source>补正材料已收齐（受理 / 恢复计时）</source>
        <translation>Supplement received (accept / resume clock)</translation>
    </message>
    <message>
        <source>开始特别程序（暂停计时）</source>
        <translation>Start special procedure (pause clock)</translation>
    </message>
    <message>
        <source>特别程序结束（恢复计时）</source>
        <translation>End special procedure (resume clock)</translation>
    </message>
    <message>
        <source>核验问题已处理（已通知申请人补交）</source>
        <translation>Check problem dealt with (applicant told)</translation>
    </message>
    <message>
        <source>正在读取办件，请稍候。</source>
        <translation>Reading the cases, please wait.</translation>
    </message>
    <message>
        <source>请先在表中选择一个核验未通过、待跟进的办件。</source>
        <translation>First select a case whose check failed and needs follow-up.</translation>
    </message>
    <message>
        <source>请先在表中选择一个有容缺待补材料的办件。</source>
        <translation>First select a case with materials owed.</translation>
    </message>
    <message>
        <source>请先在表中选择一个待出件的办件（见上方“待出件”）。</source>
        <translation>First select a case whose result is ready (see &quot;Results to hand over&quot; above).</translation>
    </message>
    <message>
        <source>请先在表中选择一个已受理的即办件；当场办结由首席事务代表操作。</source>
        <translation>First select an accepted on-the-spot case; the chief representative completes it.</translation>
    </message>
    <message>
        <source>请先在表中选择一个已告知补正的办件。</source>
        <translation>First select a case with a supplement notice.</translation>
    </message>
    <message>
        <source>请先在表中选择一个正在计时、有特别程序的办件。</source>
        <translation>First select a running case that has special procedures.</translation>
    </message>
    <message>
        <source>请先在表中选择一个处在特别程序中的办件。</source>
        <translation>First select a case in a special procedure.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name}（{date}前）</source>
        <translation>{name} (by {date})</translation>
    </message>
    <message>
        <source>核验未通过、待跟进：</source>
        <translation>Checks failed, to follow up:</translation>
    </message>
    <message>
        <source>待出件：{n}件（{numbers}）</source>
        <translation>Results to hand over: {n} ({numbers})</translation>
    </message>
    <message>
        <source>申请人：{name} {id}</source>
        <translation>Applicant: {name} {id}</translation>
    </message>
    <message>
        <source>状态：{state}&#x3000;时限：{deadline}</source>
        <translation>State: {state}   Time: {deadline}</translation>
    </message>
    <message>
        <source>承诺办结：{date}</source>
        <translation>Promised by: {date}</translation>
    </message>
    <message>
        <source>送达方式：{delivery}</source>
        <translation>Delivery: {delivery}</translation>
    </message>
    <message>
        <source>通办：{cross}</source>
        <translation>Cross-region: {cross}</translation>
    </message>
    <message>
        <source>代办人：{agent}</source>
        <translation>Agent: {agent}</translation>
    </message>
    <message>
        <source>流转单 {transfer}</source>
        <translation>Transfer slip {transfer}</translation>
    </message>
    <message>
        <source>决定说明：{note}</source>
        <translation>Decision note: {note}</translation>
    </message>
    <message>
        <source>告知补正：</source>
        <translation>Supplement requested: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>，{date}前补交（未交）</source>
        <translation>, to be supplied by {date} (not yet)</translation>
    </message>
    <message>
        <source>（已补交）</source>
        <translation> (supplied)</translation>
    </message>
    <message>
        <source>· {name}：{how}</source>
        <translation>· {name}: {how}</translation>
    </message>
    <message>
        <source>经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>特别程序</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>开始哪个特别程序</source>
        <translation>Which special procedure to start</translation>
    </message>
    <message>
        <source>登记补交</source>
        <translation>Record supplied material</translation>
    </message>
    <message>
        <source>补交的材料</source>
        <translation>Material supplied</translation>
    </message>
    <message>
        <source>收取方式</source>
        <translation>How received</translation>
    </message>
    <message>
        <source>凭据编号</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>邮寄出件</source>
        <translation>Send the result by post</translation>
    </message>
    <message>
        <source>邮件号（扫描或输入）</source>
        <translation>Postal tracking number (scan or type)</translation>
    </message>
</context>
<context>
    <name>CounterChart</name>
    <message>
        <source>■ 取号&#x3000;▨ 办结&#x3000;- - 平均等候（分钟，右轴）</source>
        <translation>■ Issued   ▨ Served   - - Average wait (minutes, right axis)</translation>
    </message>
    <message>
        <source>{hour}时</source>
        <translation>{hour}h</translation>
    </message>
    <message>
        <source>该区间没有取号记录</source>
        <translation>No tickets issued in this period</translation>
    </message>
</context>
<context>
    <name>CounterChecklist</name>
    <message>
        <source>必要</source>
        <translation>required</translation>
    </message>
    <message>
        <source>非必要</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>可容缺</source>
        <translation>may follow later</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>原件和复印件</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>纸质原件</source>
        <translation>Paper original</translation>
    </message>
    <message>
        <source>纸质复印件</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>数据共享</source>
        <translation>Data sharing</translation>
    </message>
    <message>
        <source>材料复用</source>
        <translation>Reused</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translation>To follow</translation>
    </message>
    <message>
        <source>读卡核验</source>
        <translation>Card read</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>{kind}{copies}份 · {necessity}</source>
        <translation>{kind} ×{copies} · {necessity}</translation>
    </message>
    <message>
        <source>✖ 未收取</source>
        <translation>✖ Not received</translation>
    </message>
    <message>
        <source>未收取（非必要）</source>
        <translation>Not received (optional)</translation>
    </message>
    <message>
        <source>✔ 容缺，{date}前补交</source>
        <translation>✔ Later, due by {date}</translation>
    </message>
    <message>
        <source>✔ {method}</source>
        <translation>✔ {method}</translation>
    </message>
    <message>
        <source>未收取</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>{method}，{date}前补交</source>
        <translation>{method}, due by {date}</translation>
    </message>
    <message>
        <source>“{material}”不能以{method}方式收取。</source>
        <translation>“{material}” cannot be received as {method}.</translation>
    </message>
    <message>
        <source>可选：{methods}</source>
        <translation>Possible: {methods}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>容缺材料“{material}”须填写补交日期。</source>
        <translation>“{material}” may follow later, but needs the date it is due.</translation>
    </message>
    <message>
        <source>请选择申请人承诺补交的日期。</source>
        <translation>Choose the date the applicant promises to bring it.</translation>
    </message>
    <message>
        <source>“{material}”以{method}方式收取须填写凭据编号。</source>
        <translation>“{material}” received as {method} needs its reference number.</translation>
    </message>
    <message>
        <source>扫描电子证照码、填写共享查询编号，或选择原办件。</source>
        <translation>Scan the e-licence code, enter the sharing query number, or choose the earlier case.</translation>
    </message>
    <message>
        <source>已读取身份证</source>
        <translation>ID card read</translation>
    </message>
    <message>
        <source>此前</source>
        <translation>earlier</translation>
    </message>
    <message>
        <source>一人一档：{when}办件已收{how}，无需再交</source>
        <translation>Personal file: received as {how} in a case of {when}, need not be handed in again</translation>
    </message>
    <message>
        <source>代办：须收取委托人签名的授权委托书原件</source>
        <translation>Agent: take the original power of attorney signed by the principal</translation>
    </message>
    <message>
        <source>{items}个事项共{asked}项材料，合并后只需收取{rows}项</source>
        <translation>{items} items ask for {asked} materials; merged, only {rows} are needed</translation>
    </message>
</context>
<context>
    <name>CounterComplaints</name>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已告知本人</source>
        <translation>Person told</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>政策不明确或无办理依据</source>
        <translation>Policy unclear or no legal basis</translation>
    </message>
    <message>
        <source>所需材料或证明无法取得</source>
        <translation>Required material or certificate unobtainable</translation>
    </message>
    <message>
        <source>部门之间推诿</source>
        <translation>Departments passing the buck</translation>
    </message>
    <message>
        <source>超期未办结</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <source>异地办理难</source>
        <translation>Hard to handle across regions</translation>
    </message>
    <message>
        <source>系统故障无法办理</source>
        <translation>System fault, cannot be handled</translation>
    </message>
    <message>
        <source>历史遗留问题</source>
        <translation>Legacy problem</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>已交办</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Person told</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>已登记“办不成事”反映 {no}。</source>
        <translation>&quot;Could not get it done&quot; report {no} registered.</translation>
    </message>
    <message>
        <source>请告知申请人编号，办理结果会电话或当面告知。</source>
        <translation>Give the applicant the number; the outcome will be told by phone or in person.</translation>
    </message>
    <message>
        <source>{no}：{state}。</source>
        <translation>{no}: {state}.</translation>
    </message>
    <message>
        <source>已首问接手 {complaint}，登记号 {ask}。</source>
        <translation>Taken over {complaint} as first contact, registration {ask}.</translation>
    </message>
    <message>
        <source>在“首问登记”页移交或办结。</source>
        <translation>Hand it over or close it on the &quot;First contact&quot; page.</translation>
    </message>
    <message>
        <source>已响应{kiosk}的求助，请前往协助。</source>
        <translation>Answered the call for help from {kiosk}; please go and help.</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>退回重办</source>
        <translation>Sent back for rework</translation>
    </message>
    <message>
        <source>告知本人</source>
        <translation>Person told</translation>
    </message>
    <message>
        <source>承办部门或承办人（必填）</source>
        <translation>Handling department or person (required)</translation>
    </message>
    <message>
        <source>备注（可空）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>解决结果（必填）</source>
        <translation>Resolution (required)</translation>
    </message>
    <message>
        <source>告知内容（可空）</source>
        <translation>What the person was told (optional)</translation>
    </message>
    <message>
        <source>登记“办不成事”反映</source>
        <translation>Register a &quot;could not get it done&quot; report</translation>
    </message>
    <message>
        <source>首问负责：问清想办什么、卡在哪里，一次记全。</source>
        <translation>First contact answers for it: ask what they want done and where it got stuck; write it all down at once.</translation>
    </message>
    <message>
        <source>问题描述（必填）</source>
        <translation>Problem (required)</translation>
    </message>
    <message>
        <source>身份证号（可空：匿名反映）</source>
        <translation>ID number (optional: anonymous report)</translation>
    </message>
    <message>
        <source>用于告知处理结果</source>
        <translation>To tell the outcome</translation>
    </message>
    <message>
        <source>相关办件编号（如有）</source>
        <translation>Related case number (if any)</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>自助机求助</source>
        <translation>Kiosk calls for help</translation>
    </message>
    <message>
        <source>自助机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>我去处理</source>
        <translation>I&apos;ll go</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>反映列表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>选择一条反映</source>
        <translation>Select a report</translation>
    </message>
    <message>
        <source>结果不到位，退回重办</source>
        <translation>Not good enough, send back for rework</translation>
    </message>
    <message>
        <source>我首问负责（登记并跟到底）</source>
        <translation>I take it as first contact (register and follow through)</translation>
    </message>
    <message>
        <source>交办、办结由首席事务代表或大厅管理员操作。</source>
        <translation>The chief representative or hall manager assigns and closes.</translation>
    </message>
    <message>
        <source>正在登记，请稍候。</source>
        <translation>Registering, please wait.</translation>
    </message>
    <message>
        <source>目前没有自助机请求帮助。</source>
        <translation>No kiosk is asking for help now.</translation>
    </message>
    <message>
        <source>请先在反映列表中选择一条未办结的反映；交办、办结由首席事务代表或大厅管理员操作。</source>
        <translation>First select an open report in the list; the chief representative or hall manager assigns and closes.</translation>
    </message>
    <message>
        <source>请先在反映列表中选择一条已解决的反映；退回重办由首席事务代表或大厅管理员操作。</source>
        <translation>First select a resolved report in the list; the chief representative or hall manager sends it back.</translation>
    </message>
    <message>
        <source>请先在反映列表中选择一条未办结的反映。</source>
        <translation>First select an open report in the list.</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>类别：{category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <source>申请人：{person} {id} {phone}</source>
        <translation>Applicant: {person} {id} {phone}</translation>
    </message>
    <message>
        <source>问题：{summary}</source>
        <translation>Problem: {summary}</translation>
    </message>
    <message>
        <source>相关办件：{case_no}</source>
        <translation>Related case: {case_no}</translation>
    </message>
    <message>
        <source>承办：{assignee}</source>
        <translation>Handled by: {assignee}</translation>
    </message>
    <message>
        <source>解决结果：{resolution}</source>
        <translation>Resolution: {resolution}</translation>
    </message>
    <message>
        <source>经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>（{who}）</source>
        <translation> ({who}) </translation>
    </message>
    <message>
        <source>请求帮助</source>
        <translation>Asking for help</translation>
    </message>
</context>
<context>
    <name>CounterDecision</name>
    <message>
        <source>等申请人在评价器上评价</source>
        <translation>Waiting for the applicant&apos;s rating</translation>
    </message>
    <message>
        <source>✔ 申请人已评价</source>
        <translation>✔ Rated</translation>
    </message>
    <message>
        <source>申请人暂不评价（凭证二维码仍可评价）</source>
        <translation>Not now (the receipt&apos;s QR code still works)</translation>
    </message>
    <message>
        <source>申请事项依法不需要取得行政许可</source>
        <translation>The matter needs no administrative licence by law</translation>
    </message>
    <message>
        <source>申请事项不属于本机关职权范围</source>
        <translation>The matter is outside this authority&apos;s powers</translation>
    </message>
    <message>
        <source>申请人不具备本事项的申请资格</source>
        <translation>The applicant has no standing for this matter</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>cross-province service</translation>
    </message>
    <message>
        <source>省内通办</source>
        <translation>in-province service</translation>
    </message>
    <message>
        <source>请向{authority}申请办理。</source>
        <translation>Apply to {authority}.</translation>
    </message>
    <message>
        <source>{grounds}。{reason}</source>
        <translation>{grounds}. {reason}</translation>
    </message>
    <message>
        <source>结果送达</source>
        <translation>Delivery of the result</translation>
    </message>
    <message>
        <source>窗口领取</source>
        <translation>At the window</translation>
    </message>
    <message>
        <source>免费邮寄</source>
        <translation>Free post</translation>
    </message>
    <message>
        <source>电子送达</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>邮寄地址（选择邮寄时必填）</source>
        <translation>Postal address (required for post)</translation>
    </message>
    <message>
        <source>跨省通办 / 省内通办</source>
        <translation>Served elsewhere (in or across provinces)</translation>
    </message>
    <message>
        <source>本地办理</source>
        <translation>Handled here</translation>
    </message>
    <message>
        <source>省内通办（异地代收代办）</source>
        <translation>In-province (taken here for another place)</translation>
    </message>
    <message>
        <source>跨省通办（异地代收代办）</source>
        <translation>Cross-province (taken here for another place)</translation>
    </message>
    <message>
        <source>选择或输入地名，如 勐遮</source>
        <translation>Choose or type a place, e.g. Mengzhe</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>承办地</source>
        <translation>Handled in</translation>
    </message>
    <message>
        <source>受理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>收件受理并打印凭证  [Ctrl+Enter]</source>
        <translation>Accept and print receipt  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>材料不齐：补正告知，打印告知单  [Ctrl+B]</source>
        <translation>Incomplete: print one-time notice  [Ctrl+B]</translation>
    </message>
    <message>
        <source>不予受理（不属本厅职权、依法无需许可、申请人不适格）</source>
        <translation>Not accepted (outside the hall&apos;s powers, no licence needed, no standing)</translation>
    </message>
    <message>
        <source>具体理由（必填），如：驾驶证补领由州车辆管理所办理</source>
        <translation>The reason (required), e.g. a lost driving licence is replaced by the prefecture&apos;s vehicle office</translation>
    </message>
    <message>
        <source>有权办理的机关（不属本厅职权时必填）</source>
        <translation>The competent authority (required when outside the hall&apos;s powers)</translation>
    </message>
    <message>
        <source>不予受理，打印通知书  [Ctrl+Shift+N]</source>
        <translation>Not accepted: print notice  [Ctrl+Shift+N]</translation>
    </message>
    <message>
        <source>免费代办（材料流转至县政务服务中心）</source>
        <translation>Free agency (papers go to the county service centre)</translation>
    </message>
    <message>
        <source>免费代办：收件并打印流转单  [Ctrl+Shift+D]</source>
        <translation>Free agency: take and print slip  [Ctrl+Shift+D]</translation>
    </message>
    <message>
        <source>本次办理结果</source>
        <translation>This visit&apos;s results</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>凭证</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>即办件当场办结（首席事务代表）  [Ctrl+J]</source>
        <translation>Finish on the spot (chief)  [Ctrl+J]</translation>
    </message>
    <message>
        <source>请申请人评价（评价器）  [Ctrl+P]</source>
        <translation>Ask for a rating  [Ctrl+P]</translation>
    </message>
    <message>
        <source>评价在面向申请人的评价器上进行，本屏幕不显示评价内容。</source>
        <translation>The applicant rates on the evaluator facing them; this screen never shows the rating.</translation>
    </message>
    <message>
        <source>“{text}”对应{n}个地方。</source>
        <translation>“{text}” matches {n} places.</translation>
    </message>
    <message>
        <source>请从承办地列表中选定一个（可多输入几个字）。</source>
        <translation>Choose one from the list (or type a few more characters).</translation>
    </message>
    <message>
        <source>找不到承办地“{text}”。</source>
        <translation>No place “{text}” found.</translation>
    </message>
    <message>
        <source>请从列表中选择地名，或填写6位、9位或12位区划代码。</source>
        <translation>Choose a place from the list, or enter a 6-, 9- or 12-digit region code.</translation>
    </message>
    <message>
        <source>没有可当场办结的即办件。</source>
        <translation>No on-the-spot case to finish.</translation>
    </message>
    <message>
        <source>即办件受理后，由首席事务代表当场办结。</source>
        <translation>Once accepted, an on-the-spot case is finished by the chief representative.</translation>
    </message>
    <message>
        <source>只有首席事务代表可以当场办结即办件。</source>
        <translation>Only the chief representative can finish an on-the-spot case.</translation>
    </message>
    <message>
        <source>请转交首席事务代表。</source>
        <translation>Please hand it to the chief representative.</translation>
    </message>
    <message>
        <source>还没有办件可评价。</source>
        <translation>No case to rate yet.</translation>
    </message>
    <message>
        <source>受理或出具告知单后再请申请人评价。</source>
        <translation>Ask for a rating after accepting or issuing a notice.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>承办地：{region}（{code}）。</source>
        <translation>Handled in: {region} ({code}).</translation>
    </message>
    <message>
        <source>请选择承办地。</source>
        <translation>Choose where it is handled.</translation>
    </message>
    <message>
        <source>本事项支持{kinds}，办件上报平台转承办地办理。{where}</source>
        <translation>This item allows {kinds}; the case goes through the platform to the place handling it. {where}</translation>
    </message>
    <message>
        <source>本事项不在通办清单内，只能本地办理。</source>
        <translation>This item is not on the list for service elsewhere; it is handled here only.</translation>
    </message>
    <message>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>代收待流转</source>
        <translation>Taken, to be sent</translation>
    </message>
    <message>
        <source>县中心签收后起算</source>
        <translation>From county sign-off</translation>
    </message>
    <message>
        <source>不予受理理由：</source>
        <translation>Reason for not accepting:</translation>
    </message>
    <message>
        <source>一次性告知（补正）内容：</source>
        <translation>One-time notice (to supplement):</translation>
    </message>
    <message>
        <source>流转单 {no}：{route}</source>
        <translation>Transfer slip {no}: {route}</translation>
    </message>
    <message>
        <source>随单材料：{materials}</source>
        <translation>Materials with it: {materials}</translation>
    </message>
    <message>
        <source>代办人：{agent}</source>
        <translation>Agent: {agent}</translation>
    </message>
    <message>
        <source>只有首席事务代表可以当场办结即办件；请转交首席事务代表。</source>
        <translation>Only the chief representative can finish an on-the-spot case; please hand it over.</translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>设备未就绪</source>
        <translation>Devices not ready</translation>
    </message>
    <message>
        <source>{problem}
可以继续工作，读卡和打印暂不可用。</source>
        <translation>{problem}
You can go on working; card reading and printing are unavailable for now.</translation>
    </message>
    <message>
        <source>请重新放置身份证。</source>
        <translation>Place the ID card on the reader again.</translation>
    </message>
    <message>
        <source>您在使用管理员设置的临时密码。</source>
        <translation>You are using a temporary password set by the manager.</translation>
    </message>
    <message>
        <source>请点击右上角“修改密码”设置自己的密码（等保要求）。</source>
        <translation>Click “Change password” at the top right to set your own (security rules).</translation>
    </message>
    <message>
        <source>目前没有自助机请求帮助。</source>
        <translation>No kiosk is asking for help.</translation>
    </message>
    <message>
        <source>还没有选择事项。</source>
        <translation>No item chosen yet.</translation>
    </message>
    <message>
        <source>请先按 Ctrl+F 查找并选择事项或一件事。</source>
        <translation>Press Ctrl+F to find and choose an item or bundle first.</translation>
    </message>
    <message>
        <source>本窗口不收免费代办件。</source>
        <translation>This window does not take free agency cases.</translation>
    </message>
    <message>
        <source>免费代办由便民服务站、乡镇便民服务中心的帮办代办员收件；本窗口请按 Ctrl+Enter 收件受理。</source>
        <translation>Free agency cases are taken by the helpers of village stations and township centres; here, press Ctrl+Enter to accept.</translation>
    </message>
    <message>
        <source>本次已作出受理决定。</source>
        <translation>A decision has already been made for this service.</translation>
    </message>
    <message>
        <source>如需为同一申请人再办一件，请按 Ctrl+F 重新选择事项。</source>
        <translation>To serve the same applicant for another item, press Ctrl+F and choose again.</translation>
    </message>
    <message>
        <source>尚未登录。</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>本机未配置打印机，凭证未打印。</source>
        <translation>No printer set up here; the slip was not printed.</translation>
    </message>
    <message>
        <source>打印机没有响应，凭证已排队，恢复后自动打印。</source>
        <translation>The printer does not answer; the slip is queued and prints once it is back.</translation>
    </message>
    <message>
        <source>凭证未打印：{problem}（已排队）</source>
        <translation>Slip not printed: {problem} (queued)</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>上一个操作还在进行，请稍候。</source>
        <translation>The last action is still running, please wait.</translation>
    </message>
    <message>
        <source>“{action}”现在不能用。</source>
        <translation>“{action}” cannot be used now.</translation>
    </message>
    <message>
        <source>自助机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CounterEvaluator</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>办事效率低、超时办结</source>
        <translation>Slow, or later than promised</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <source>多次跑动</source>
        <translation>Had to come many times</translation>
    </message>
    <message>
        <source>材料要求不清、未一次性告知</source>
        <translation>Unclear what papers to bring</translation>
    </message>
    <message>
        <source>要求提供不必要的材料或证明</source>
        <translation>Asked for needless papers</translation>
    </message>
    <message>
        <source>排队等候时间长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>事情没有办成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>系统或设备故障</source>
        <translation>System or machine fault</translation>
    </message>
    <message>
        <source>违规收费</source>
        <translation>Improper fees</translation>
    </message>
    <message>
        <source>指引不清、办事环境差</source>
        <translation>Poor signs or hall</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>没有待评价的服务。</source>
        <translation>There is no service to rate.</translation>
    </message>
    <message>
        <source>请选择一个评价等级。</source>
        <translation>Please choose a rating.</translation>
    </message>
    <message>
        <source>请选择至少一个不满意的原因，或写下您的意见。</source>
        <translation>Please choose at least one reason, or write what went wrong.</translation>
    </message>
    <message>
        <source>选择了“其他”，请写下具体意见。</source>
        <translation>You chose “Other”: please write what went wrong.</translation>
    </message>
    <message>
        <source>意见请写在{n}字以内。</source>
        <translation>Please keep your comment within {n} characters.</translation>
    </message>
    <message>
        <source>服务评价</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>欢迎评价我们的服务</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <source>请告诉我们哪里做得不好（可多选）</source>
        <translation>Tell us what went wrong (choose any)</translation>
    </message>
    <message>
        <source>意见建议（可不填）</source>
        <translation>Comments (optional)</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>暂不评价</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>请对本次服务进行评价</source>
        <translation>How was this service?</translation>
    </message>
    <message>
        <source>{window}号窗口 {clerk}</source>
        <translation>window {window}, {clerk}</translation>
    </message>
    <message>
        <source>{service}&#x3000;办件编号 {case_no}&#x3000;服务人员：{who}</source>
        <translation>{service}&#x3000;Case {case_no}&#x3000;Served by {who}</translation>
    </message>
    <message>
        <source>办理结束后可在这里评价；也可扫描受理凭证上的二维码评价。</source>
        <translation>Rate us here when you are done, or scan the QR code on your receipt.</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>我们会认真核实，并在{days}个工作日内整改、回复。</source>
        <translation>We will look into it, put it right and reply within {days} working days.</translation>
    </message>
    <message>
        <source>祝您生活愉快。</source>
        <translation>Have a good day.</translation>
    </message>
</context>
<context>
    <name>CounterFigures</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>平均等候(分)</source>
        <translation>Avg wait (min)</translation>
    </message>
    <message>
        <source>最长等候(分)</source>
        <translation>Max wait (min)</translation>
    </message>
    <message>
        <source>平均办理(分)</source>
        <translation>Avg service (min)</translation>
    </message>
    <message>
        <source>评价数</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>差评数</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>未叫号</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>{n}号窗口</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>自选区间</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>平均等候</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>平均办理</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>受理办件</source>
        <translation>Cases accepted</translation>
    </message>
    <message>
        <source>超期办件</source>
        <translation>Cases overdue</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>差评整改中</source>
        <translation>Follow-ups open</translation>
    </message>
    <message>
        <source>待上报平台</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <source>免费代办</source>
        <translation>Free agency</translation>
    </message>
    <message>
        <source>趋势图</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>按业务类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>按工作人员</source>
        <translation>By staff</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>填写整改情况并办结</source>
        <translation>Record the follow-up and close</translation>
    </message>
    <message>
        <source>差评整改</source>
        <translation>Bad-review follow-ups</translation>
    </message>
    <message>
        <source>正在统计，请稍候。</source>
        <translation>Computing the figures, please wait.</translation>
    </message>
    <message>
        <source>请先打开“差评整改”，在表中选择一条整改记录。</source>
        <translation>Open &quot;Bad-review follow-ups&quot; and select a follow-up in the table.</translation>
    </message>
    <message>
        <source>大厅统计</source>
        <translation>hall-figures</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>请先选择一条整改记录。</source>
        <translation>Select a follow-up first.</translation>
    </message>
    <message>
        <source>办件 {case_no} 的核实与整改情况</source>
        <translation>What was checked and done for case {case_no}</translation>
    </message>
    <message>
        <source>统计区间：{start} 至 {end}（按小时）</source>
        <translation>Period: {start} to {end} (by hour)</translation>
    </message>
    <message>
        <source>统计区间：{start} 至 {end}（按日）</source>
        <translation>Period: {start} to {end} (by day)</translation>
    </message>
    <message>
        <source>{n} 分</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n}（补正告知{notices}，不予受理{refused}）</source>
        <translation>{n} ({notices} to complete, {refused} refused)</translation>
    </message>
    <message>
        <source>{n}（{soon}件将到期，{paused}件计时暂停）</source>
        <translation>{n} ({soon} due soon, {paused} clock paused)</translation>
    </message>
    <message>
        <source>{rate}（{n}条评价）</source>
        <translation>{rate} ({n} reviews)</translation>
    </message>
    <message>
        <source>—（无评价）</source>
        <translation>— (no reviews)</translation>
    </message>
    <message>
        <source>{n}（超期{overdue}）</source>
        <translation>{n} ({overdue} overdue)</translation>
    </message>
    <message>
        <source>{n}（代办共{all}）</source>
        <translation>{n} ({all} by agents)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{name} {n}件</source>
        <translation>{name} {n}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>免费代办按站点：{stations}&#x3000;&#x3000;在途流转材料：{n}件</source>
        <translation>Free agency by station: {stations}    Materials in transit: {n}</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>超期未整改</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CounterFirstAsks</name>
    <message>
        <source>窗口咨询</source>
        <translation>Question at the window</translation>
    </message>
    <message>
        <source>自助机求助</source>
        <translation>Kiosk call for help</translation>
    </message>
    <message>
        <source>办不成事反映</source>
        <translation>&quot;Could not get it done&quot; report</translation>
    </message>
    <message>
        <source>首问负责中</source>
        <translation>First contact responsible</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>帮办代办员</source>
        <translation>Agency helper</translation>
    </message>
    <message>
        <source>大厅管理员</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <source>自助终端</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>叫号显示屏</source>
        <translation>Queue board</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>已首问登记 {ask}，由您负责到移交或办结。</source>
        <translation>Registered as first contact {ask}; you are responsible until handed over or closed.</translation>
    </message>
    <message>
        <source>请把登记号告诉群众，便于查询。</source>
        <translation>Give the resident the registration number for enquiries.</translation>
    </message>
    <message>
        <source>已接手{kind}，首问登记 {ask}。</source>
        <translation>Took over the {kind}, first contact registration {ask}.</translation>
    </message>
    <message>
        <source>由您负责到移交或办结。</source>
        <translation>You are responsible until handed over or closed.</translation>
    </message>
    <message>
        <source>{ask} 已移交 {owner}。</source>
        <translation>{ask} handed over to {owner}.</translation>
    </message>
    <message>
        <source>移交已记入工作日志。</source>
        <translation>The handover is in the work log.</translation>
    </message>
    <message>
        <source>{ask} 已办结（用时{age}）。</source>
        <translation>{ask} closed (took {age}).</translation>
    </message>
    <message>
        <source>首问登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>咨询登记（首问负责）</source>
        <translation>Register a question (first contact)</translation>
    </message>
    <message>
        <source>谁首先被问到，谁负责到底：办结或书面移交给具体的人。</source>
        <translation>Whoever is asked first answers for it to the end: close it or hand it over in writing to a named person.</translation>
    </message>
    <message>
        <source>群众想办什么、问了什么（必填）</source>
        <translation>What the resident wants done or asked (required)</translation>
    </message>
    <message>
        <source>身份证号（可空：匿名咨询）</source>
        <translation>ID number (optional: anonymous question)</translation>
    </message>
    <message>
        <source>用于回复（可空）</source>
        <translation>For the reply (optional)</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>自助机求助：接手即首问负责</source>
        <translation>Kiosk calls for help: whoever takes one is first contact</translation>
    </message>
    <message>
        <source>自助机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>接手（首问负责）</source>
        <translation>Take it (first contact)</translation>
    </message>
    <message>
        <source>我负责的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>全厅未办结（督办）</source>
        <translation>Hall&apos;s open ones (oversight)</translation>
    </message>
    <message>
        <source>登记号</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>已历时</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>超24小时</source>
        <translation>Over 24 h</translation>
    </message>
    <message>
        <source>选择一条登记</source>
        <translation>Select a registration</translation>
    </message>
    <message>
        <source>移交说明：已做什么、已告知什么、还差什么</source>
        <translation>Handover note: what was done, what was said, what is still missing</translation>
    </message>
    <message>
        <source>办理结果：答复了什么、办成了什么</source>
        <translation>Outcome: what was answered, what was done</translation>
    </message>
    <message>
        <source>请先在列表中选择一条由您负责、未办结的登记。</source>
        <translation>First select an open registration you are responsible for.</translation>
    </message>
    <message>
        <source>正在登记，请稍候。</source>
        <translation>Registering, please wait.</translation>
    </message>
    <message>
        <source>目前没有自助机请求帮助，或您的账号不能接手。</source>
        <translation>No kiosk is asking for help now, or your account cannot take it.</translation>
    </message>
    <message>
        <source>全厅未办结的首问登记</source>
        <translation>Hall&apos;s open first-contact registrations</translation>
    </message>
    <message>
        <source>我负责的首问登记</source>
        <translation>My first-contact registrations</translation>
    </message>
    <message>
        <source>超24小时未办结</source>
        <translation>Open over 24 h</translation>
    </message>
    <message>
        <source>共 {n} 件未办结</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <source>，其中 {n} 件超24小时</source>
        <translation>, {n} of them over 24 h</translation>
    </message>
    <message>
        <source>请求帮助</source>
        <translation>Asking for help</translation>
    </message>
    <message>
        <source>选择接手人</source>
        <translation>Choose who takes over</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>类别：{kind}</source>
        <translation>Kind: {kind}</translation>
    </message>
    <message>
        <source>群众：{person} {id} {phone}</source>
        <translation>Resident: {person} {id} {phone}</translation>
    </message>
    <message>
        <source>事项：{summary}</source>
        <translation>Matter: {summary}</translation>
    </message>
    <message>
        <source>首问：{name}</source>
        <translation>First contact: {name}</translation>
    </message>
    <message>
        <source>（{n}号窗口）</source>
        <translation> (window {n})</translation>
    </message>
    <message>
        <source>现负责人：{name}</source>
        <translation>Now responsible: {name}</translation>
    </message>
    <message>
        <source>已历时：{age}</source>
        <translation>Age: {age}</translation>
    </message>
    <message>
        <source>（超24小时）</source>
        <translation> (over 24 h)</translation>
    </message>
    <message>
        <source>来源反映：{complaint}</source>
        <translation>From report: {complaint}</translation>
    </message>
    <message>
        <source>办理结果：{outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>（{who}）</source>
        <translation> ({who}) </translation>
    </message>
</context>
<context>
    <name>CounterFleet</name>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>告警</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>自助机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>读卡器</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>凭条打印机</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <source>扫码设备</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>语音</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>A4 打印机</source>
        <translation>A4 printer</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>恢复中</source>
        <translation>Resuming</translation>
    </message>
    <message>
        <source>暂停中</source>
        <translation>Pausing</translation>
    </message>
    <message>
        <source>服务中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>数据库加密备份</source>
        <translation>Encrypted database backup</translation>
    </message>
    <message>
        <source>备份可恢复检查</source>
        <translation>Backup restore check</translation>
    </message>
    <message>
        <source>服务事项目录与节假日更新</source>
        <translation>Catalogue and holidays update</translation>
    </message>
    <message>
        <source>定时任务记录整理</source>
        <translation>Job record cleanup</translation>
    </message>
    <message>
        <source>个人信息到期清理</source>
        <translation>Personal data expiry purge</translation>
    </message>
    <message>
        <source>默认好评（5个工作日未评价）</source>
        <translation>Default reviews (5 working days unreviewed)</translation>
    </message>
    <message>
        <source>办件超期预警</source>
        <translation>Overdue case warnings</translation>
    </message>
    <message>
        <source>差评整改期限提醒</source>
        <translation>Follow-up deadline reminders</translation>
    </message>
    <message>
        <source>待核验电子证照与共享数据</source>
        <translation>E-licences and shared data to verify</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>呼叫帮办</source>
        <translation>Call helper</translation>
    </message>
    <message>
        <source>服务网点</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>长者设置</source>
        <translation>Elder settings</translation>
    </message>
    <message>
        <source>维护</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>查询打印</source>
        <translation>Query &amp; print</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>叫号受理</source>
        <translation>Window work</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>办不成事</source>
        <translation>Unresolved issues</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>终端状态</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>材料流转</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>证明验真</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>首问登记</source>
        <translation>First asks</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>最后心跳</source>
        <translation>Last beat</translation>
    </message>
    <message>
        <source>画面</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>待上报</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} 小时</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>离线：已 {duration}没有心跳</source>
        <translation>Offline: no heartbeat for {duration}</translation>
    </message>
    <message>
        <source>待上报 {n} 条，超过上限 {limit}</source>
        <translation>{n} records not reported, over the limit of {limit}</translation>
    </message>
    <message>
        <source>版本 {version} 与多数终端（{majority}）不同</source>
        <translation>Version {version} differs from most terminals ({majority})</translation>
    </message>
    <message>
        <source>{device}缺纸</source>
        <translation>{device} out of paper</translation>
    </message>
    <message>
        <source>{device}纸将用完</source>
        <translation>{device} paper low</translation>
    </message>
    <message>
        <source>{device}离线</source>
        <translation>{device} offline</translation>
    </message>
    <message>
        <source>{device}离线：{detail}</source>
        <translation>{device} offline: {detail}</translation>
    </message>
    <message>
        <source>{device}状态异常</source>
        <translation>{device} not working properly</translation>
    </message>
    <message>
        <source>{device}：{detail}</source>
        <translation>{device}: {detail}</translation>
    </message>
    <message>
        <source>任务“{title}”{when} 中断</source>
        <translation>Job &quot;{title}&quot; {when} interrupted</translation>
    </message>
    <message>
        <source>任务“{title}”{when} 失败</source>
        <translation>Job &quot;{title}&quot; {when} failed</translation>
    </message>
    <message>
        <source>{alert}：{why}</source>
        <translation>{alert}: {why}</translation>
    </message>
    <message>
        <source>{n} 秒前</source>
        <translation>{n} s ago</translation>
    </message>
    <message>
        <source>{n} 分钟前</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>{n} 小时前</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <source>{n} 天前</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>！</source>
        <translation>!</translation>
    </message>
    <message>
        <source>纸少</source>
        <translation> paper low</translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation> no paper</translation>
    </message>
    <message>
        <source>正在读取各终端的心跳…</source>
        <translation>Reading the terminals&apos; heartbeats…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>暂停原因（写入工作日志），如 更换纸卷</source>
        <translation>Reason for pausing (written to the work log), e.g. changing the paper roll</translation>
    </message>
    <message>
        <source>恢复服务</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>选中的自助机：</source>
        <translation>Selected kiosk:</translation>
    </message>
    <message>
        <source>正在读取各终端的心跳，请稍候。</source>
        <translation>Reading the terminals&apos; heartbeats, please wait.</translation>
    </message>
    <message>
        <source>请先在表中选择一台正在服务的自助机（只有自助机可以暂停）。</source>
        <translation>Select a kiosk that is serving in the table first (only kiosks can be paused).</translation>
    </message>
    <message>
        <source>请先在表中选择一台已暂停服务的自助机。</source>
        <translation>Select a paused kiosk in the table first.</translation>
    </message>
    <message>
        <source>选中一行查看设备、最近错误；自助机可以暂停服务。</source>
        <translation>Select a row to see its devices and recent errors; a kiosk can be paused.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{name}（{id}，{host}，版本 {version}）启动于 {started}，上次同步 {sync}；最近错误：{errors}</source>
        <translation>{name} ({id}, {host}, version {version}) started {started}, last sync {sync}; recent errors: {errors}</translation>
    </message>
    <message>
        <source>共 {n} 台：正常 {ok}，注意 {warning}，告警 {alert}，离线 {offline}&#x3000;多数版本 {version}&#x3000;（{time}）</source>
        <translation>{n} terminals: {ok} OK, {warning} warning, {alert} alert, {offline} offline   Most run {version}   ({time})</translation>
    </message>
    <message>
        <source>定时任务：{alerts}</source>
        <translation>Scheduled jobs: {alerts}</translation>
    </message>
</context>
<context>
    <name>CounterIntake</name>
    <message>
        <source>预申请 {case_no} 不是当前申请人的。</source>
        <translation>Pre-application {case_no} is not this applicant&apos;s.</translation>
    </message>
    <message>
        <source>请核对身份证：预申请只能由申请人本人到窗口确认。</source>
        <translation>Check the ID card: only the applicant in person can confirm a pre-application at the window.</translation>
    </message>
    <message>
        <source>材料已齐全，不需要补正告知。</source>
        <translation>The materials are complete; no notice to supplement is needed.</translation>
    </message>
    <message>
        <source>请直接受理。</source>
        <translation>Accept it directly.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>即办件，材料齐全当场办结</source>
        <translation>On the spot once the materials are complete</translation>
    </message>
    <message>
        <source>即办件，材料齐全当场办结（法定{legal}个工作日）</source>
        <translation>On the spot once the materials are complete (by law {legal} working days)</translation>
    </message>
    <message>
        <source>即办件，材料齐全当场办结（法定{legal}天）</source>
        <translation>On the spot once the materials are complete (by law {legal} days)</translation>
    </message>
    <message>
        <source>承诺{promised}个工作日（法定{legal}个工作日）</source>
        <translation>{promised} working days promised (by law {legal})</translation>
    </message>
    <message>
        <source>承诺{promised}天（法定{legal}天）</source>
        <translation>{promised} days promised (by law {legal})</translation>
    </message>
    <message>
        <source>一件事 · {items}个事项 · 牵头 {department}</source>
        <translation>Bundle · {items} items · led by {department}</translation>
    </message>
    <message>
        <source>已扫描电子证照 {licence_no}。</source>
        <translation>E-licence {licence_no} scanned.</translation>
    </message>
    <message>
        <source>请先选择事项，再扫描或在清单中选择“电子证照”。</source>
        <translation>Choose the item first, then scan, or choose “E-licence” on the checklist.</translation>
    </message>
    <message>
        <source>本事项没有需要电子证照的材料。</source>
        <translation>No material of this item takes an e-licence.</translation>
    </message>
    <message>
        <source>请按清单收取材料；已登记的电子证照无需重扫。</source>
        <translation>Take the materials on the checklist; a recorded e-licence need not be scanned again.</translation>
    </message>
    <message>
        <source>正在向省平台核验电子证照 {licence_no}…</source>
        <translation>Verifying e-licence {licence_no} with the provincial platform…</translation>
    </message>
    <message>
        <source>电子证照核验通过：“{material}”已登记为电子证照 {licence_no}。</source>
        <translation>E-licence verified: “{material}” recorded as e-licence {licence_no}.</translation>
    </message>
    <message>
        <source>电子证照 {licence_no} 待核验：可先收纸质原件或容缺，受理后联网自动核验</source>
        <translation>E-licence {licence_no} to verify: take the paper original or let it follow; it is checked online after acceptance</translation>
    </message>
    <message>
        <source>请在清单中该材料处选择“电子证照”，再收取纸质原件或容缺受理。</source>
        <translation>Choose “E-licence” at that material on the checklist, then take the paper original or let it follow.</translation>
    </message>
    <message>
        <source>“{material}”没有对应的电子证照。</source>
        <translation>“{material}” has no e-licence.</translation>
    </message>
    <message>
        <source>请收取纸质材料。</source>
        <translation>Please take the paper.</translation>
    </message>
    <message>
        <source>还没有扫描电子证照。</source>
        <translation>No e-licence scanned yet.</translation>
    </message>
    <message>
        <source>请申请人在手机上打开电子证照，扫描其二维码。</source>
        <translation>Ask the applicant to open the e-licence on their phone and scan its QR code.</translation>
    </message>
    <message>
        <source>补交日期须晚于今天。</source>
        <translation>The due date must be after today.</translation>
    </message>
    <message>
        <source>请选择申请人承诺补交的日期。</source>
        <translation>Choose the date the applicant promises to bring it.</translation>
    </message>
    <message>
        <source>还没有选择事项。</source>
        <translation>No item chosen yet.</translation>
    </message>
    <message>
        <source>请先按 Ctrl+F 查找并选择事项或一件事。</source>
        <translation>Press Ctrl+F to find and choose an item or bundle first.</translation>
    </message>
    <message>
        <source>已将{marked}项必要材料标为纸质收取。</source>
        <translation>{marked} required materials marked as received on paper.</translation>
    </message>
    <message>
        <source>另有{optional}项非必要材料，申请人带了再逐项标记。</source>
        <translation>{optional} optional materials: mark each one the applicant brought.</translation>
    </message>
    <message>
        <source>必要材料都已标记，没有要改的。</source>
        <translation>All required materials are already marked; nothing to change.</translation>
    </message>
    <message>
        <source>请先在左侧搜索并选择事项或一件事。</source>
        <translation>Search and choose an item or bundle on the left first.</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>受理凭证已打印。</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>{refused}。请申请人补交纸质材料。{hint}</source>
        <translation>{refused}. Ask the applicant for the paper. {hint}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{materials}待核验，联网后自动核验，结果见“办件”页。</source>
        <translation>{materials} to verify: checked once online, see the “Cases” page.</translation>
    </message>
    <message>
        <source>数据共享/电子证照核验已完成。</source>
        <translation>Data sharing / e-licence checks done.</translation>
    </message>
    <message>
        <source>已受理，办件编号 {numbers}，承诺 {dates} 前办结。</source>
        <translation>Accepted: case {numbers}, promised by {dates}.</translation>
    </message>
    <message>
        <source>一次性告知单已打印，请交申请人；补齐后在办件列表中登记，即可受理。</source>
        <translation>One-time notice printed: give it to the applicant; record the materials in the case list when they come, then accept.</translation>
    </message>
    <message>
        <source>已补正告知（{lines}项一次告知），办件待补正。</source>
        <translation>Notice to supplement given ({lines} items at once); the case waits for them.</translation>
    </message>
    <message>
        <source>免费代办须登记代办人。</source>
        <translation>Free agency needs the agent recorded.</translation>
    </message>
    <message>
        <source>请勾选“代办”，读取代办人（帮办员）本人的身份证。</source>
        <translation>Tick “Agent” and read the agent&apos;s (the helper&apos;s) own ID card.</translation>
    </message>
    <message>
        <source>流转单已打印：请与材料一起装袋，交下一站时由对方扫码签收。</source>
        <translation>Transfer slip printed: bag it with the materials; the next station scans it to sign.</translation>
    </message>
    <message>
        <source>已免费代办收件，流转单 {numbers}（{route}）。</source>
        <translation>Taken for free agency: transfer slip {numbers} ({route}).</translation>
    </message>
    <message>
        <source>不予受理通知书已打印，请交申请人。</source>
        <translation>Notice of non-acceptance printed: give it to the applicant.</translation>
    </message>
    <message>
        <source>已决定不予受理，通知书写明理由、依据和救济途径。</source>
        <translation>Not accepted; the notice gives the reason, the legal basis and the remedies.</translation>
    </message>
    <message>
        <source>即办件 {case_no} 已当场办结。</source>
        <translation>On-the-spot case {case_no} finished.</translation>
    </message>
    <message>
        <source>请当场向申请人出件。</source>
        <translation>Hand the result to the applicant now.</translation>
    </message>
    <message>
        <source>查找事项  [Ctrl+F]</source>
        <translation>Find item  [Ctrl+F]</translation>
    </message>
    <message>
        <source>事项或一件事：名称、编码、拼音首字母</source>
        <translation>Item or bundle: name, code, pinyin initials</translation>
    </message>
    <message>
        <source>如 dbsq（低保申请）。回车选第一项，↓ 键到列表中挑选。</source>
        <translation>E.g. dbsq (subsistence allowance). Enter picks the first hit, ↓ goes into the list.</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>全部纸质原件已收  [Ctrl+Shift+A]</source>
        <translation>All paper received  [Ctrl+Shift+A]</translation>
    </message>
    <message>
        <source>未收取的必要材料按清单一次标为纸质原件（要求复印件的标为纸质复印件）。</source>
        <translation>Marks every required material not yet received as a paper original (a paper copy where a copy is asked).</translation>
    </message>
    <message>
        <source>选择事项后列出办事指南要求的全部材料；逐项标记收取方式。</source>
        <translation>Choose an item to list every material its guide asks for; mark how each was received.</translation>
    </message>
    <message>
        <source>材料及要求</source>
        <translation>Material and requirement</translation>
    </message>
    <message>
        <source>收取方式</source>
        <translation>Received as</translation>
    </message>
    <message>
        <source>凭据编号 / 补交日期</source>
        <translation>Reference / due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>【一件事】</source>
        <translation>[Bundle] </translation>
    </message>
    <message>
        <source>没有找到。试试简称、拼音首字母或事项编码。</source>
        <translation>Nothing found. Try a short name, pinyin initials or the item code.</translation>
    </message>
    <message>
        <source>材料清单：{title}</source>
        <translation>Checklist: {title}</translation>
    </message>
    <message>
        <source>{notes}。</source>
        <translation>{notes}. </translation>
    </message>
    <message>
        <source>包含事项：{items}</source>
        <translation>Items: {items}</translation>
    </message>
    <message>
        <source>（{n}个事项共用）</source>
        <translation> (shared by {n} items)</translation>
    </message>
    <message>
        <source>未收取</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>补交日期 YYYY-MM-DD</source>
        <translation>Due date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>证照号/查询号/原办件编号</source>
        <translation>Licence / query / earlier case number</translation>
    </message>
    <message>
        <source>还有{n}项必要材料未收取：{materials}</source>
        <translation>{n} required materials not received: {materials}</translation>
    </message>
    <message>
        <source>✔ 必要材料已齐，可到“③ 受理决定”受理。</source>
        <translation>✔ Required materials complete: accept under “③ Decision”.</translation>
    </message>
    <message>
        <source>补交日期“{text}”格式不对。</source>
        <translation>Due date “{text}” is not a date.</translation>
    </message>
    <message>
        <source>格式如 2026-11-24。</source>
        <translation>Write it like 2026-11-24.</translation>
    </message>
</context>
<context>
    <name>CounterManager</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>近一年</source>
        <translation>Past year</translation>
    </message>
    <message>
        <source>自选</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>还没有统计结果。</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <source>请先选择统计区间。</source>
        <translation>Choose a period first.</translation>
    </message>
    <message>
        <source>已导出到 {path}。</source>
        <translation>Exported to {path}.</translation>
    </message>
    <message>
        <source>整改已办结。</source>
        <translation>Follow-up closed.</translation>
    </message>
    <message>
        <source>已开通账号 {username}，首次登录须修改密码。</source>
        <translation>Account {username} created; the password must be changed at first sign-in.</translation>
    </message>
    <message>
        <source>已重置 {username} 的密码（临时密码，登录后须修改）。</source>
        <translation>Password of {username} reset (temporary, to be changed after sign-in).</translation>
    </message>
    <message>
        <source>已解锁 {username}。</source>
        <translation>{username} unlocked.</translation>
    </message>
    <message>
        <source>已启用 {username}。</source>
        <translation>{username} enabled.</translation>
    </message>
    <message>
        <source>已停用 {username}。</source>
        <translation>{username} disabled.</translation>
    </message>
    <message>
        <source>已修改 {username} 的角色。</source>
        <translation>Role of {username} changed.</translation>
    </message>
    <message>
        <source>已保存{n}号窗口的设置。</source>
        <translation>Window {n} saved.</translation>
    </message>
    <message>
        <source>请先在表中选中一台自助机。</source>
        <translation>Select a kiosk in the table first.</translation>
    </message>
    <message>
        <source>已请{name}暂停服务，{seconds} 秒内显示“暂停服务”。</source>
        <translation>{name} asked to pause; it shows &quot;Paused&quot; within {seconds} s.</translation>
    </message>
    <message>
        <source>已请{name}恢复服务，{seconds} 秒内回到首页。</source>
        <translation>{name} asked to resume; it returns to its home screen within {seconds} s.</translation>
    </message>
</context>
<context>
    <name>CounterMessage</name>
    <message>
        <source>关闭提示（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>未完成：</source>
        <translation>Not done: </translation>
    </message>
</context>
<context>
    <name>CounterQueue</name>
    <message>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>已转移</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>暂挂</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>老年人优先</source>
        <translation>Elderly first</translation>
    </message>
    <message>
        <source>残疾人优先</source>
        <translation>Disabled first</translation>
    </message>
    <message>
        <source>孕妇优先</source>
        <translation>Pregnant first</translation>
    </message>
    <message>
        <source>军人优先</source>
        <translation>Military first</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>暂时离开</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>午间交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>业务培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>系统故障</source>
        <translation>System fault</translation>
    </message>
    <message>
        <source>当前没有办理中的号</source>
        <translation>No ticket being served</translation>
    </message>
    <message>
        <source>等候{minutes}分钟</source>
        <translation>waited {minutes} min</translation>
    </message>
    <message>
        <source>已重呼{n}次</source>
        <translation>recalled {n}×</translation>
    </message>
    <message>
        <source>已设为：叫号后直接开始办理。</source>
        <translation>Set: service starts as soon as you call.</translation>
    </message>
    <message>
        <source>已设为：叫号后按 F3 开始办理。</source>
        <translation>Set: after calling, press F3 to start.</translation>
    </message>
    <message>
        <source>{number}号还没有办完。</source>
        <translation>Ticket {number} is not finished.</translation>
    </message>
    <message>
        <source>请先办结、暂挂或转移当前号，再暂停服务。</source>
        <translation>Finish, hold or transfer the current ticket before pausing.</translation>
    </message>
    <message>
        <source>本窗口已暂停服务（{reason}），叫号屏显示“暂停服务”。</source>
        <translation>This window is paused ({reason}); the board shows “Paused”.</translation>
    </message>
    <message>
        <source>回来后按 F9 或 F1 恢复。</source>
        <translation>When back, press F9 or F1 to resume.</translation>
    </message>
    <message>
        <source>本窗口已恢复服务。</source>
        <translation>This window is serving again.</translation>
    </message>
    <message>
        <source>按 F1 叫下一位。</source>
        <translation>Press F1 to call the next.</translation>
    </message>
    <message>
        <source>请先办结、过号、暂挂或转移当前号。</source>
        <translation>Finish, mark no-show, hold or transfer the current ticket first.</translation>
    </message>
    <message>
        <source>本窗口没有可叫的业务类别。</source>
        <translation>This window has no categories to call.</translation>
    </message>
    <message>
        <source>请大厅管理员在“窗口设置”中设置。</source>
        <translation>Ask the hall manager to set them in the window settings.</translation>
    </message>
    <message>
        <source>本窗口已恢复服务。本窗口的业务暂时没有人等候。</source>
        <translation>This window is serving again. Nobody is waiting for this window.</translation>
    </message>
    <message>
        <source>本窗口的业务暂时没有人等候。</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <source>请{number}号到{window}号窗口，已开始办理。</source>
        <translation>{number} to window {window}; service started.</translation>
    </message>
    <message>
        <source>请{number}号到{window}号窗口办理</source>
        <translation>{number} to window {window}, please</translation>
    </message>
    <message>
        <source>、</source>
        <translation> or </translation>
    </message>
    <message>
        <source>当前没有可操作的号。</source>
        <translation>No ticket to act on.</translation>
    </message>
    <message>
        <source>此操作需要号票处于：{states}。</source>
        <translation>This needs a ticket that is {states}.</translation>
    </message>
    <message>
        <source>{number}号已重呼{n}次未到，记为过号。</source>
        <translation>{number} recalled {n} times without coming: marked no-show.</translation>
    </message>
    <message>
        <source>再重呼{n}次仍未到将记为过号。</source>
        <translation>After {n} more recalls it becomes a no-show.</translation>
    </message>
    <message>
        <source>再按重呼将记为过号。</source>
        <translation>Recall again to mark it no-show.</translation>
    </message>
    <message>
        <source>已重呼{number}号（第{n}次）。</source>
        <translation>Recalled {number} (time {n}).</translation>
    </message>
    <message>
        <source>{number}号开始办理。</source>
        <translation>Serving {number}.</translation>
    </message>
    <message>
        <source>{number}号记为过号。</source>
        <translation>{number} marked no-show.</translation>
    </message>
    <message>
        <source>{number}号办理完毕。按 F1 叫下一位。</source>
        <translation>{number} finished. Press F1 to call the next.</translation>
    </message>
    <message>
        <source>{number}号已暂挂。</source>
        <translation>{number} is on hold.</translation>
    </message>
    <message>
        <source>申请人回来后在“暂挂”列表中恢复（F6）。</source>
        <translation>When the applicant is back, resume it from the held list (F6).</translation>
    </message>
    <message>
        <source>当前还有{number}号。</source>
        <translation>Ticket {number} is still current.</translation>
    </message>
    <message>
        <source>请先办结、暂挂、过号或转移当前号再恢复。</source>
        <translation>Finish, hold, mark no-show or transfer it before resuming.</translation>
    </message>
    <message>
        <source>没有暂挂的号。</source>
        <translation>No ticket on hold.</translation>
    </message>
    <message>
        <source>{number}号恢复办理。</source>
        <translation>Serving {number} again.</translation>
    </message>
    <message>
        <source>请选择转移到的窗口或业务类别。</source>
        <translation>Choose a window or category to transfer to.</translation>
    </message>
    <message>
        <source>不能转移到本窗口。</source>
        <translation>Cannot transfer to this window.</translation>
    </message>
    <message>
        <source>请选择其他窗口。</source>
        <translation>Choose another window.</translation>
    </message>
    <message>
        <source>{n}号窗口</source>
        <translation>window {n}</translation>
    </message>
    <message>
        <source>{number}号已转到{place}，将在那里优先叫号。</source>
        <translation>{number} transferred to {place}; it is called first there.</translation>
    </message>
    <message>
        <source>叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>恢复暂挂</source>
        <translation>Resume held</translation>
    </message>
    <message>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>办结本号</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>转移号票</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <source>（不指定窗口）</source>
        <translation>(no window)</translation>
    </message>
    <message>
        <source>{n}号 {name}（{kind}）</source>
        <translation>{n} {name} ({kind})</translation>
    </message>
    <message>
        <source>（不改业务类别）</source>
        <translation>(same category)</translation>
    </message>
    <message>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <source>或转到业务类别</source>
        <translation>Or to category</translation>
    </message>
    <message>
        <source>转移后该号在目标处优先叫号，申请人无需重新取号。</source>
        <translation>A transferred ticket is called first there; the applicant needs no new ticket.</translation>
    </message>
    <message>
        <source>暂停原因（叫号屏显示）</source>
        <translation>Reason for pausing (shown on the board)</translation>
    </message>
    <message>
        <source>F1 叫号后直接开始办理（省去 F3）</source>
        <translation>F1 calls and starts (no F3)</translation>
    </message>
    <message>
        <source>暂挂：无</source>
        <translation>Held: none</translation>
    </message>
    <message>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>类别（★本窗口）</source>
        <translation>Category (★ here)</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{n}号窗口 · {kind} · {name}</source>
        <translation>Window {n} · {kind} · {name}</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>本窗口暂停服务（{reason}），叫号屏显示“暂停服务”。</source>
        <translation>This window is paused ({reason}); the board shows “Paused”.</translation>
    </message>
    <message>
        <source>恢复服务</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>恢复并叫号</source>
        <translation>Resume &amp; call</translation>
    </message>
    <message>
        <source>{number}&#x3000;暂挂</source>
        <translation>{number}  held</translation>
    </message>
    <message>
        <source>暂挂中 {n} 个（双击恢复，F6）</source>
        <translation>{n} held (double-click or F6 to resume)</translation>
    </message>
    <message>
        <source>等候人数（本窗口可叫 {n} 人）</source>
        <translation>Waiting ({n} for this window)</translation>
    </message>
    <message>
        <source>其余类别无人等候：{categories}</source>
        <translation>Nobody waiting for: {categories}</translation>
    </message>
</context>
<context>
    <name>CounterSignin</name>
    <message>
        <source>本终端：{terminal} · {window}号窗口</source>
        <translation>Terminal {terminal} · window {window}</translation>
    </message>
    <message>
        <source>本终端：{terminal}（未绑定窗口）</source>
        <translation>Terminal {terminal} (no window)</translation>
    </message>
    <message>
        <source>{name}（{role}）已登录。</source>
        <translation>{name} ({role}) signed in.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>请重新输入。</source>
        <translation>Type them again.</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>综合窗口工作台 · 工作人员登录</source>
        <translation>Service window · staff sign-in</translation>
    </message>
    <message>
        <source>登录名，如 lina03</source>
        <translation>user name, e.g. lina03</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>登录（回车）</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <source>连续输错5次密码，账号锁定15分钟。离开座位时按 Ctrl+L 锁屏。</source>
        <translation>Five wrong passwords in a row lock the account for 15 minutes. Press Ctrl+L to lock the screen when you leave your seat.</translation>
    </message>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>为保护申请人信息，无人操作时自动锁屏。输入本人密码继续工作。</source>
        <translation>The screen locks when idle to protect applicants&apos; data. Type your password to go on.</translation>
    </message>
    <message>
        <source>解锁（回车）</source>
        <translation>Unlock (Enter)</translation>
    </message>
    <message>
        <source>换人登录</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>{name}（{role}）· {window}号窗口</source>
        <translation>{name} ({role}) · window {window}</translation>
    </message>
</context>
<context>
    <name>CounterTransfers</name>
    <message>
        <source>在途</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>委托代办</source>
        <translation>Entrusted agent</translation>
    </message>
    <message>
        <source>免费代办</source>
        <translation>Free agency service</translation>
    </message>
    <message>
        <source>{name}{n}份</source>
        <translation>{name} ×{n}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>本账号不能签收流转材料。</source>
        <translation>This account cannot receive transferred materials.</translation>
    </message>
    <message>
        <source>请由窗口人员或帮办代办员签收。</source>
        <translation>A window clerk or agency helper must receive them.</translation>
    </message>
    <message>
        <source>已签收流转单 {transfer}：材料从{place}（{person}）交到本站。</source>
        <translation>Transfer slip {transfer} received: materials handed here from {place} ({person}).</translation>
    </message>
    <message>
        <source>已签收流转单 {transfer}：材料已到本站。</source>
        <translation>Transfer slip {transfer} received: materials are here.</translation>
    </message>
    <message>
        <source>请按路线转送：{route}。</source>
        <translation>Please forward along the route: {route}.</translation>
    </message>
    <message>
        <source>流转单 {transfer} 已送达签收，办件 {case_no} 已受理，承诺 {date} 前办结。</source>
        <translation>Transfer slip {transfer} delivered and received; case {case_no} accepted, promised by {date}.</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>受理凭证：{printed}。随办理结果交代办人。</source>
        <translation>Acceptance receipt: {printed}. Give it to the agent with the result.</translation>
    </message>
    <message>
        <source>流转单 {transfer} 已送达签收。</source>
        <translation>Transfer slip {transfer} delivered and received.</translation>
    </message>
    <message>
        <source>流转单 {transfer} 已补打。</source>
        <translation>Transfer slip {transfer} reprinted.</translation>
    </message>
    <message>
        <source>在途材料（免费代办，送往本中心）</source>
        <translation>Materials in transit (free agency service, to this centre)</translation>
    </message>
    <message>
        <source>便民服务站收件后，纸质材料随流转单经乡镇送到县中心。每一站交接时扫描流转单上的二维码签收；二维码污损时输入流转单号。</source>
        <translation>After a village station takes an application, the paper materials travel with a transfer slip via the township to the county centre. At each hand-over, scan the QR code on the slip to receive it; if the code is damaged, type the slip&apos;s number.</translation>
    </message>
    <message>
        <source>扫描流转单二维码，或输入流转单号（LZ开头，印在二维码下方）</source>
        <translation>Scan the slip&apos;s QR code, or type its number (starts with LZ, printed under the code)</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>流转单号</source>
        <translation>Slip number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>委托人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>现在何处</source>
        <translation>Now at</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>已停留</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>选择一张流转单查看交接记录</source>
        <translation>Select a transfer slip to see its hand-overs</translation>
    </message>
    <message>
        <source>补打流转单</source>
        <translation>Reprint the slip</translation>
    </message>
    <message>
        <source>您的账号不能签收流转材料。</source>
        <translation>Your account cannot receive transferred materials.</translation>
    </message>
    <message>
        <source>正在读取，请稍候。</source>
        <translation>Reading, please wait.</translation>
    </message>
    <message>
        <source>请先在表中选择一张流转单。</source>
        <translation>First select a transfer slip in the table.</translation>
    </message>
    <message>
        <source>共 {n} 袋材料在途</source>
        <translation>{n} bundles in transit</translation>
    </message>
    <message>
        <source>没有在途材料。</source>
        <translation>No materials in transit.</translation>
    </message>
    <message>
        <source>代办人：{agent}（{how}）</source>
        <translation>Agent: {agent} ({how})</translation>
    </message>
    <message>
        <source>代办人：—</source>
        <translation>Agent: —</translation>
    </message>
    <message>
        <source>办件：{case_no}</source>
        <translation>Case: {case_no}</translation>
    </message>
    <message>
        <source>事项：{item}</source>
        <translation>Service: {item}</translation>
    </message>
    <message>
        <source>委托人：{principal}</source>
        <translation>Principal: {principal}</translation>
    </message>
    <message>
        <source>路线：{route}</source>
        <translation>Route: {route}</translation>
    </message>
    <message>
        <source>当前所在：{place}，自 {since}（{age}）</source>
        <translation>Now at: {place}, since {since} ({age})</translation>
    </message>
    <message>
        <source>随单材料：{materials}</source>
        <translation>Materials: {materials}</translation>
    </message>
    <message>
        <source>交接记录：</source>
        <translation>Hand-overs:</translation>
    </message>
    <message>
        <source>&#x3000;交件 {handed}，接收 {received}；{materials}</source>
        <translation>  handed by {handed}, received by {received}; {materials}</translation>
    </message>
</context>
<context>
    <name>CounterVerify</name>
    <message>
        <source>真实有效</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>内容被篡改</source>
        <translation>Content tampered with</translation>
    </message>
    <message>
        <source>伪造</source>
        <translation>Forged</translation>
    </message>
    <message>
        <source>已过有效期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已被撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>离线（平台公钥）</source>
        <translation>Offline (platform key)</translation>
    </message>
    <message>
        <source>联网（省平台）</source>
        <translation>Online (provincial platform)</translation>
    </message>
    <message>
        <source>未能核验</source>
        <translation>Could not check</translation>
    </message>
    <message>
        <source>核验结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>验真码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>核验方式</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>请扫描证明上的二维码，或输入验真码。</source>
        <translation>Scan the QR code on the certificate, or type its verification code.</translation>
    </message>
    <message>
        <source>验真码印在二维码旁，12 位字母和数字。</source>
        <translation>The verification code is printed beside the QR code: 12 letters and digits.</translation>
    </message>
    <message>
        <source>验真通过：{title}，持有人 {holder}（{id}）。</source>
        <translation>Genuine: {title}, holder {holder} ({id}).</translation>
    </message>
    <message>
        <source>验真未通过：{verdict}。</source>
        <translation>Not genuine: {verdict}.</translation>
    </message>
    <message>
        <source>证明验真</source>
        <translation>Certificate check</translation>
    </message>
    <message>
        <source>扫描自助机或窗口打印的证明上的二维码即可核验；也可以输入二维码旁的 12 位验真码。</source>
        <translation>Scan the QR code on a certificate printed at a kiosk or window to check it, or type the 12-character verification code beside the QR code.</translation>
    </message>
    <message>
        <source>验真码，如 K7QM-2XPD-9TAF，回车核验</source>
        <translation>Verification code, e.g. K7QM-2XPD-9TAF, Enter to check</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>尚未核验</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>正在核验，请稍候。</source>
        <translation>Checking, please wait.</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>{field}：{value}</source>
        <translation>{field}: {value}</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>读卡器</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>统计与整改</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>叫号受理</source>
        <translation>Queue &amp; intake</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>材料流转</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>证明验真</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>办不成事</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>首问登记</source>
        <translation>First asks</translation>
    </message>
    <message>
        <source>账号与窗口</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>终端状态</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>{n}号窗口 · {kind}</source>
        <translation>Window {n} · {kind}</translation>
    </message>
    <message>
        <source>未绑定窗口</source>
        <translation>No window</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>【求助】{kiosk}请求帮助（{time}），另有{n}处</source>
        <translation>[Help] {kiosk} asks for help ({time}), {n} more</translation>
    </message>
    <message>
        <source>【求助】{kiosk}请求帮助（{time}）</source>
        <translation>[Help] {kiosk} asks for help ({time})</translation>
    </message>
    <message>
        <source>求助 {n}</source>
        <translation>Help {n}</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>帮办代办员</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>大厅管理员</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <source>自助终端</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>叫号显示屏</source>
        <translation>Hall board</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>无差别综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>分领域</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Cross-province</translation>
    </message>
    <message>
        <source>帮办代办/老年人</source>
        <translation>Assisted/elderly</translation>
    </message>
    <message>
        <source>{n}号窗口</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>我去处理</source>
        <translation>I&apos;ll go</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Fold</translation>
    </message>
    <message>
        <source>一门 · 综合窗口</source>
        <translation>Yimen · service window</translation>
    </message>
    <message>
        <source>首次登录请修改密码</source>
        <translation>First sign-in: change your password</translation>
    </message>
    <message>
        <source>原密码（临时密码）</source>
        <translation>Current password (temporary)</translation>
    </message>
    <message>
        <source>新密码（至少8位，含三类字符）</source>
        <translation>New password (8+ characters, three kinds)</translation>
    </message>
    <message>
        <source>再输一次新密码</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>CounterWork</name>
    <message>
        <source>① 申请人</source>
        <translation>① Applicant</translation>
    </message>
    <message>
        <source>② 事项与材料</source>
        <translation>② Item &amp; materials</translation>
    </message>
    <message>
        <source>③ 受理决定</source>
        <translation>③ Decision</translation>
    </message>
    <message>
        <source>键盘：F1 叫号&#x3000;Ctrl+F 查找事项&#x3000;Enter 选第一项&#x3000;Ctrl+Shift+A 全部纸质原件已收&#x3000;Ctrl+Enter 受理&#x3000;Ctrl+P 请申请人评价&#x3000;F8 办结&#x3000;F9 暂停服务&#x3000;Esc 收起提示</source>
        <translation>Keys: F1 call  Ctrl+F find item  Enter first hit  Ctrl+Shift+A all paper originals in  Ctrl+Enter accept  Ctrl+P ask for review  F8 finish  F9 pause  Esc close message</translation>
    </message>
    <message>
        <source>{applicant}（代办人 {agent}）</source>
        <translation>{applicant} (agent {agent})</translation>
    </message>
    <message>
        <source>正在办理：{number}号 · {applicant}</source>
        <translation>Serving: {number} · {applicant}</translation>
    </message>
    <message>
        <source>正在办理：{applicant}</source>
        <translation>Serving: {applicant}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>系统暂时无法读取数据，请稍后再试，或点“呼叫帮办”请工作人员帮忙。</source>
        <translation>The system cannot read its data just now. Please try again shortly, or press “Call helper” for a member of staff.</translation>
    </message>
    <message>
        <source>系统出了点问题，请稍后再试，或点“呼叫帮办”请工作人员帮忙。</source>
        <translation>Something went wrong. Please try again shortly, or press “Call helper” for a member of staff.</translation>
    </message>
    <message>
        <source>请重试；如反复出现，请联系技术支持（详情已写入日志）。</source>
        <translation>Please try again; if it keeps happening, contact technical support (the details are in the log).</translation>
    </message>
    <message>
        <source>程序出错：{kind}</source>
        <translation>Program error: {kind}</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>欢迎来到{hall}</source>
        <translation>Welcome to {hall}</translation>
    </message>
    <message>
        <source>办公时间：{hours}</source>
        <translation>Opening hours: {hours}</translation>
    </message>
    <message>
        <source>请留意叫号，过号请到窗口说明</source>
        <translation>Watch for your number; if you missed it, tell a window</translation>
    </message>
    <message>
        <source>老年人、残疾人、孕妇可走绿色通道；帮办代办窗口免费代办</source>
        <translation>Elders, disabled and pregnant people: use the green channel; the help window applies for you, free</translation>
    </message>
    <message>
        <source>办事遇到困难，请到“办不成事”反映窗口</source>
        <translation>Could not get it done? Tell the “Not done” window</translation>
    </message>
    <message>
        <source>24小时自助服务区可查询办件进度、打印证明</source>
        <translation>24-hour self-service: follow a case, print a certificate</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>当场办结</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>承诺{days}个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <source>承诺{days}天</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{window}号窗口</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Queue board</translation>
    </message>
    <message>
        <source>正在叫号</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>请准备</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>政务公开</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>请 {number} 号 到 {window} 号窗口</source>
        <translation>{number} to window {window}</translation>
    </message>
    <message>
        <source>正在叫号 · {category}</source>
        <translation>Now calling · {category}</translation>
    </message>
    <message>
        <source>欢迎光临</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>请取号后留意叫号</source>
        <translation>Take a number, then watch for it here</translation>
    </message>
    <message>
        <source>今天还没有叫号</source>
        <translation>No calls yet today</translation>
    </message>
    <message>
        <source>{category} {n}人：{numbers}</source>
        <translation>{category} ({n} waiting): {numbers}</translation>
    </message>
    <message>
        <source>目前没有人等候</source>
        <translation>Nobody is waiting</translation>
    </message>
</context>
<context>
    <name>KioskApply</name>
    <message>
        <source>已刷身份证核验</source>
        <translation>ID card read</translation>
    </message>
    <message>
        <source>同意由部门数据共享调取</source>
        <translation>Shared data</translation>
    </message>
    <message>
        <source>扫码出示电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>签署告知承诺书</source>
        <translation>Sign a commitment</translation>
    </message>
    <message>
        <source>网络中断的时间较长，自助机暂时不能提交新的申请（已提交的不受影响）。请取号到窗口办理，或点“呼叫帮办”。</source>
        <translation>The network has been down for a while, so this kiosk cannot take new applications for now (those already sent are not affected). Please take a ticket for a window, or tap &quot;Get help&quot;.</translation>
    </message>
    <message>
        <source>本人承诺：所填信息和提交的材料真实、有效；如有不实，愿意承担相应法律责任，并同意有关部门依法核查。</source>
        <translation>I promise that what I entered and the materials I give are true and valid. If not, I accept the legal consequences, and I agree that the departments may check them as the law allows.</translation>
    </message>
    <message>
        <source>正在核验电子证照，请稍候</source>
        <translation>Checking the e-licence, please wait</translation>
    </message>
    <message>
        <source>已扫码，网络恢复后自动核验</source>
        <translation>Scanned; checked once the network is back</translation>
    </message>
    <message>
        <source>电子证照核验通过</source>
        <translation>E-licence checked</translation>
    </message>
    <message>
        <source>不提供</source>
        <translation>Without it</translation>
    </message>
    <message>
        <source>请把手机上的电子证照二维码对准扫码口</source>
        <translation>Hold the e-licence QR code on your phone to the scanner</translation>
    </message>
    <message>
        <source>还没有选择</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>自助机无法收取，需到窗口提交</source>
        <translation>The kiosk cannot take it: bring it to a window</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Apply here</translation>
    </message>
    <message>
        <source>“{item}”需要提交纸质材料（{materials}），自助机收不了。请取号到窗口办理。</source>
        <translation>&quot;{item}&quot; needs paper documents ({materials}), which the kiosk cannot take. Please take a ticket for a window.</translation>
    </message>
    <message>
        <source>身份证没有读出来（{reason}），请把卡平放在读卡区再试一次</source>
        <translation>The ID card could not be read ({reason}). Lay it flat on the reader and try again</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>（可不填，用于接收办理结果短信）</source>
        <translation>(optional, for a text with the result)</translation>
    </message>
    <message>
        <source>领取方式</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>到窗口领取</source>
        <translation>At a window</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码不对，请填写11位手机号码，例如 138 0000 0000；也可以不填</source>
        <translation>That is not a mobile number. Enter 11 digits, e.g. 138 0000 0000, or leave it empty</translation>
    </message>
    <message>
        <source>这不是电子证照二维码。</source>
        <translation>This is not an e-licence QR code.</translation>
    </message>
    <message>
        <source>请在手机上打开电子证照，把二维码对准扫码口。</source>
        <translation>Open the e-licence on your phone and hold its QR code to the scanner.</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>多长时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>{how_long}，从正式受理算起</source>
        <translation>{how_long}, from acceptance</translation>
    </message>
    <message>
        <source>正在打印回执…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <source>请取走回执，凭回执或刷身份证查询进度</source>
        <translation>Take your receipt. Check progress with it or with your ID card</translation>
    </message>
    <message>
        <source>回执没有打出来。请记下或拍下办件编号；刷身份证也能查到这件申请</source>
        <translation>The receipt did not print. Note or photograph the case number; your ID card also finds this application</translation>
    </message>
    <message>
        <source>这些事项可以在自助机上办理。</source>
        <translation>You can apply for these services at this kiosk.</translation>
    </message>
    <message>
        <source>请把身份证平放在读卡区。</source>
        <translation>Lay your ID card flat on the card reader.</translation>
    </message>
    <message>
        <source>请核对信息</source>
        <translation>Please check your details</translation>
    </message>
    <message>
        <source>手机号码可以不填</source>
        <translation>The mobile number is optional</translation>
    </message>
    <message>
        <source>材料不用交纸质的</source>
        <translation>No paper documents needed</translation>
    </message>
    <message>
        <source>请最后核对一遍，没有问题就点提交申请</source>
        <translation>Check everything once more, then tap Submit</translation>
    </message>
    <message>
        <source>申请已提交</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <source>{key}：{value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <source>这些事项刷身份证就能在这里申请，不用交纸质材料</source>
        <translation>Apply here with your ID card, no paper needed</translation>
    </message>
    <message>
        <source>去取号</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>请把身份证平放在读卡区</source>
        <translation>Lay your ID card flat on the reader</translation>
    </message>
    <message>
        <source>读卡区在屏幕下方，有“身份证”标记。读到后会自动继续。</source>
        <translation>The reader is below the screen, marked &quot;ID card&quot;. Once read, the kiosk goes on by itself.</translation>
    </message>
    <message>
        <source>核对信息</source>
        <translation>Check your details</translation>
    </message>
    <message>
        <source>以下信息从身份证读取</source>
        <translation>Read from your ID card</translation>
    </message>
    <message>
        <source>手机号码（可不填，用于接收办理结果短信）：</source>
        <translation>Mobile (optional, for a text with the result):</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>自助机不收纸质材料：刷卡、数据共享、电子证照或签承诺书</source>
        <translation>No paper: ID card, shared data, e-licence or a signed commitment</translation>
    </message>
    <message>
        <source>{material}（可不提供）</source>
        <translation>{material} (optional)</translation>
    </message>
    <message>
        <source>我承诺</source>
        <translation>I promise</translation>
    </message>
    <message>
        <source>不签了</source>
        <translation>Don&apos;t sign</translation>
    </message>
    <message>
        <source>下一步：核对</source>
        <translation>Next: check</translation>
    </message>
    <message>
        <source>最后核对一遍</source>
        <translation>Check once more</translation>
    </message>
    <message>
        <source>没有问题就点“提交申请”</source>
        <translation>If all is right, tap &quot;Submit&quot;</translation>
    </message>
    <message>
        <source>正在提交，请稍候…</source>
        <translation>Sending, please wait…</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>回执没有打出来，请记下或拍下办件编号</source>
        <translation>The receipt did not print: note or photograph the case number</translation>
    </message>
    <message>
        <source>已通知工作人员</source>
        <translation>Staff have been told</translation>
    </message>
    <message>
        <source>正在通知工作人员…</source>
        <translation>Telling staff…</translation>
    </message>
    <message>
        <source>完成，回首页</source>
        <translation>Done, go home</translation>
    </message>
    <message>
        <source>工作人员核验后正式受理，不用再交材料；需要补充时会打电话或发短信告诉您</source>
        <translation>Staff check it, then accept it; nothing more to bring. If anything is missing, we will call or text you</translation>
    </message>
</context>
<context>
    <name>KioskCases</name>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>待补正</source>
        <translation>Papers missing</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>请到综合窗口核验材料后正式受理</source>
        <translation>Bring your papers to a window to be checked and accepted</translation>
    </message>
    <message>
        <source>材料已收齐，正在转交审批</source>
        <translation>All papers are in; passing it on for approval</translation>
    </message>
    <message>
        <source>审批部门正在审查，请留意短信通知</source>
        <translation>The department is reviewing it; watch for a text message</translation>
    </message>
    <message>
        <source>请按补正告知书一次补齐材料后到窗口提交</source>
        <translation>Bring all the papers the notice asks for to a window</translation>
    </message>
    <message>
        <source>已办结，请按约定方式领取结果</source>
        <translation>Done: collect the result as agreed</translation>
    </message>
    <message>
        <source>未获批准，理由见决定书，可依法申请复议</source>
        <translation>Refused: the decision gives the reasons; you may appeal</translation>
    </message>
    <message>
        <source>不予受理，理由、有权办理的机关和救济途径见不予受理通知书</source>
        <translation>Not accepted: the notice says why, who can handle it and how to appeal</translation>
    </message>
    <message>
        <source>申请已撤回</source>
        <translation>The application was withdrawn</translation>
    </message>
    <message>
        <source>{year}年{month}{day}日</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>办件编号是20位数字，您输入了{n}位，请核对受理凭证</source>
        <translation>A case number has 20 digits; you typed {n}. Check your receipt.</translation>
    </message>
    <message>
        <source>这个办件编号有一位不对，请对照受理凭证再核对一遍</source>
        <translation>One digit of this case number is wrong. Check it against your receipt.</translation>
    </message>
    <message>
        <source>请把受理凭证上的二维码对准扫码口，或输入办件编号。</source>
        <translation>Hold the QR code of your receipt to the scanner, or type the case number.</translation>
    </message>
    <message>
        <source>已经完成：{steps}。</source>
        <translation>Done: {steps}. </translation>
    </message>
    <message>
        <source>现在在{step}这一步。</source>
        <translation>Now at: {step}. </translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>（节假日安排公布后可能调整）</source>
        <translation> (may change once the holidays are published)</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>{date}前{note}</source>
        <translation>{date}{note}</translation>
    </message>
    <message>
        <source>还缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{key}：{value}。</source>
        <translation>{key}: {value}. </translation>
    </message>
    <message>
        <source>没有查到您的办件。</source>
        <translation>No cases found for you. </translation>
    </message>
    <message>
        <source>查到{n}件办件。</source>
        <translation>Cases found: {n}. </translation>
    </message>
    <message>
        <source>{item}，{state}。</source>
        <translation>{item}, {state}. </translation>
    </message>
    <message>
        <source>请扫描受理凭证上的二维码，或在下面输入20位办件编号，也可以刷身份证查看您的全部办件。</source>
        <translation>Scan the QR code on your receipt, type the 20-digit case number below, or tap your ID card to see all your cases. </translation>
    </message>
    <message>
        <source>三种方法任选一种：</source>
        <translation>Any one of three ways:</translation>
    </message>
    <message>
        <source>把受理凭证上的二维码对准扫码口</source>
        <translation>Hold your receipt&apos;s QR code to the scanner</translation>
    </message>
    <message>
        <source>把身份证放在读卡区，查看您的全部办件</source>
        <translation>Put your ID card on the reader to see all your cases</translation>
    </message>
    <message>
        <source>在下面输入20位办件编号</source>
        <translation>Type the 20-digit case number below</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>您的办件</source>
        <translation>Your cases</translation>
    </message>
    <message>
        <source>没有查到您的办件。如果刚在窗口办理，请稍后再查，或点“呼叫帮办”</source>
        <translation>No cases found. If you just applied at a window, try later or tap “Get help”</translation>
    </message>
    <message>
        <source>，承诺{date}前办结</source>
        <translation>, done by {date}</translation>
    </message>
    <message>
        <source>办件进度</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{date} {time} {state}</source>
        <translation>{date} {time} {state}</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>完成，回首页</source>
        <translation>Done, go home</translation>
    </message>
</context>
<context>
    <name>KioskCategory</name>
    <message>
        <source>综合业务</source>
        <translation>General</translation>
    </message>
    <message>
        <source>社保医保</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>民政残联</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>户籍办理</source>
        <translation>Residency</translation>
    </message>
    <message>
        <source>企业开办</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>不动产登记</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Any province</translation>
    </message>
    <message>
        <source>帮办代办</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>婚姻登记</source>
        <translation>Marriage</translation>
    </message>
</context>
<context>
    <name>KioskCommon</name>
    <message>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <source>您可以选择：{choices}。</source>
        <translation>You can choose: {choices}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working on it, please wait…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>第{page}/{pages}页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>{key}：</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>KioskDisplay</name>
    <message>
        <source>长者模式</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <source>长者模式已打开，字更大，每页内容更少，点“朗读”可以听屏幕上的内容。可以选择颜色：{schemes}。</source>
        <translation>Senior mode is on: larger text, less on each page, and “Read aloud” reads the screen to you. You can choose the colours: {schemes}.</translation>
    </message>
    <message>
        <source>字更大，每一页都会读给您听；不想听可以点上方“朗读”关掉</source>
        <translation>Larger text, and every page is read to you; tap “Read” above to stop it</translation>
    </message>
    <message>
        <source>选择您看得最清楚的颜色：</source>
        <translation>Choose the colours you see best:</translation>
    </message>
    <message>
        <source>退出长者模式</source>
        <translation>Leave senior mode</translation>
    </message>
    <message>
        <source>好了</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>KioskEvaluate</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>办事效率低、超时办结</source>
        <translation>Slow, or later than promised</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <source>多次跑动</source>
        <translation>Had to come many times</translation>
    </message>
    <message>
        <source>材料要求不清、未一次性告知</source>
        <translation>Unclear what papers to bring</translation>
    </message>
    <message>
        <source>要求提供不必要的材料或证明</source>
        <translation>Asked for needless papers</translation>
    </message>
    <message>
        <source>排队等候时间长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>事情没有办成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>系统或设备故障</source>
        <translation>System or machine fault</translation>
    </message>
    <message>
        <source>违规收费</source>
        <translation>Improper fees</translation>
    </message>
    <message>
        <source>指引不清、办事环境差</source>
        <translation>Poor signs or hall</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>请输入受理凭证上的20位办件编号（最后一位是校验位，请逐位核对）</source>
        <translation>Type the 20-digit case number on your receipt (the last digit is a check digit: check each digit)</translation>
    </message>
    <message>
        <source>这个二维码不能用来评价。</source>
        <translation>This QR code cannot be used to rate a service.</translation>
    </message>
    <message>
        <source>请扫描排队凭条、受理凭证或评价单上的二维码。</source>
        <translation>Scan the QR code on your queue slip, receipt or rating slip.</translation>
    </message>
    <message>
        <source>请至少选择一个不满意的原因。</source>
        <translation>Choose at least one reason.</translation>
    </message>
    <message>
        <source>我们会在15个工作日内回访整改。</source>
        <translation>We will follow up within 15 working days.</translation>
    </message>
    <message>
        <source>谢谢您告诉我们。我们会认真整改，并在15个工作日内回访。</source>
        <translation>Thank you for telling us. We will put it right and follow up within 15 working days.</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>请扫描凭条或受理凭证上的二维码，或输入办件编号。评价完全自愿，不想评价可以直接返回。</source>
        <translation>Scan the QR code on your slip or receipt, or type the case number. Rating is up to you: you can leave at any time. </translation>
    </message>
    <message>
        <source>请评价：{service}。{levels}。</source>
        <translation>Please rate: {service}. {levels}. </translation>
    </message>
    <message>
        <source>请选择不满意的原因，可以选多个：{reasons}。</source>
        <translation>What went wrong? Choose one or more: {reasons}. </translation>
    </message>
    <message>
        <source>这项服务已经评价过了，每项服务只评价一次。谢谢您。</source>
        <translation>This service has been rated already; each service is rated once. Thank you. </translation>
    </message>
    <message>
        <source>不评了，回首页</source>
        <translation>No rating, go home</translation>
    </message>
    <message>
        <source>评价完全自愿，工作人员不会干预</source>
        <translation>Rating is up to you; staff will not interfere</translation>
    </message>
    <message>
        <source>请扫描排队凭条、受理凭证或评价单上的二维码，或在下面输入办件编号</source>
        <translation>Scan the QR code on your queue slip, receipt or rating slip, or type the case number below</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>，{window}号窗口</source>
        <translation>, window {window}</translation>
    </message>
    <message>
        <source>您对这次服务满意吗？</source>
        <translation>Were you satisfied?</translation>
    </message>
    <message>
        <source>哪里不满意？</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <source>可以选多个，我们会回访整改</source>
        <translation>Choose one or more; we will follow up</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>这项服务已经评价过了</source>
        <translation>Already rated</translation>
    </message>
    <message>
        <source>每项服务只评价一次。如还有意见，可以到“办不成事”反映窗口。谢谢您！</source>
        <translation>Each service is rated once. For more, go to the “Problems” window. Thank you!</translation>
    </message>
</context>
<context>
    <name>KioskGuides</name>
    <message>
        <source>（如有）</source>
        <translation> (if you have it)</translation>
    </message>
    <message>
        <source>（可容缺后补）</source>
        <translation> (may come later)</translation>
    </message>
    <message>
        <source>{material} {form}{copies}份{need}</source>
        <translation>{material}: {form} ×{copies}{need}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>。要求：{requirement}</source>
        <translation>. Required: {requirement}</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>原件和复印件</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>在自助机或窗口刷身份证即可</source>
        <translation>just swipe your ID card here or at a window</translation>
    </message>
    <message>
        <source>可出示{licence}电子证照</source>
        <translation>or show the e-licence {licence}</translation>
    </message>
    <message>
        <source>工作人员可通过数据共享调取，不用带</source>
        <translation>staff can fetch it from shared data: no need to bring it</translation>
    </message>
    <message>
        <source>可签告知承诺书代替</source>
        <translation>or sign a pledge instead</translation>
    </message>
    <message>
        <source>有就带</source>
        <translation>bring it if you have it</translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation>may come later</translation>
    </message>
    <message>
        <source>{copies}份</source>
        <translation>×{copies}</translation>
    </message>
    <message>
        <source>材料齐全的，当场办结</source>
        <translation>Done on the spot if nothing is missing</translation>
    </message>
    <message>
        <source>承诺{days}个工作日内办结（法定{legal}个工作日）</source>
        <translation>Within {days} working days (by law {legal})</translation>
    </message>
    <message>
        <source>承诺{days}天内办结（法定{legal}天）</source>
        <translation>Within {days} days (by law {legal})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；另需{extra}，不计入办结时限</source>
        <translation>; plus {extra}, not counted</translation>
    </message>
    <message>
        <source>{name}{days}个工作日</source>
        <translation>{name} {days} working days</translation>
    </message>
    <message>
        <source>{name}{days}天</source>
        <translation>{name} {days} days</translation>
    </message>
    <message>
        <source>地点：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>时间：{hours}</source>
        <translation>Hours: {hours}</translation>
    </message>
    <message>
        <source>也可以到：{points}</source>
        <translation>Also at: {points}</translation>
    </message>
    <message>
        <source>要带什么</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>到哪里办</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>要多长时间</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>收不收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>办理条件</source>
        <translation>Who may apply</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>What you get</translation>
    </message>
    <message>
        <source>申请表格</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>（在屏幕上填写）</source>
        <translation> (filled in on screen)</translation>
    </message>
    <message>
        <source>不予批准的情形</source>
        <translation>When it is refused</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>咨询和投诉</source>
        <translation>Ask or complain</translation>
    </message>
    <message>
        <source>咨询电话：{phone}</source>
        <translation>Questions: {phone}</translation>
    </message>
    <message>
        <source>投诉电话：{phone}</source>
        <translation>Complaints: {phone}</translation>
    </message>
    <message>
        <source>交通：{transport}</source>
        <translation>Getting there: {transport}</translation>
    </message>
    <message>
        <source>特殊环节</source>
        <translation>Extra steps</translation>
    </message>
    <message>
        <source>{name}：{days}个工作日，不计入办结时限</source>
        <translation>{name}: {days} working days, not counted</translation>
    </message>
    <message>
        <source>{name}：{days}天，不计入办结时限</source>
        <translation>{name}: {days} days, not counted</translation>
    </message>
    <message>
        <source>【办事指南】{item}</source>
        <translation>[Service guide] {item}</translation>
    </message>
    <message>
        <source>{title}：</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>……详情请咨询上面的电话</source>
        <translation>… more: call the number above</translation>
    </message>
    <message>
        <source>{item}。</source>
        <translation>{item}. </translation>
    </message>
    <message>
        <source>{title}：{lines}。</source>
        <translation>{title}: {lines}. </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>按人生大事</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>个人办事</source>
        <translation>For residents</translation>
    </message>
    <message>
        <source>法人办事</source>
        <translation>For businesses</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>上学</source>
        <translation>School</translation>
    </message>
    <message>
        <source>就业</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>婚育</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>居住</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>就医</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>救助</source>
        <translation>Social aid</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>养老</source>
        <translation>Old age</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>身后</source>
        <translation>After a death</translation>
    </message>
    <message>
        <source>企业开办</source>
        <translation>Start a business</translation>
    </message>
    <message>
        <source>经营</source>
        <translation>Run a business</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Closing down</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>正在打印办事指南…</source>
        <translation>Printing the guide…</translation>
    </message>
    <message>
        <source>已打印，请取走下方的指南</source>
        <translation>Printed: take the guide below</translation>
    </message>
    <message>
        <source>打印机暂时不能打印，可以扫二维码把指南存到手机上</source>
        <translation>The printer is not working. Scan the QR code to keep the guide.</translation>
    </message>
    <message>
        <source>更多内容。</source>
        <translation>More. </translation>
    </message>
    <message>
        <source>{group}。</source>
        <translation>{group}. </translation>
    </message>
    <message>
        <source>请用屏幕上的字母输入事项名称的拼音首字母，例如户口迁移输入 h k q y。</source>
        <translation>Type the pinyin initials of the item&apos;s name with the letters on the screen, for example h k q y for moving your household registration. </translation>
    </message>
    <message>
        <source>{heading}。</source>
        <translation>{heading}. </translation>
    </message>
    <message>
        <source>请选择您要办的事情属于哪一类。</source>
        <translation>Choose what your matter is about. </translation>
    </message>
    <message>
        <source>正在打开办事指南…</source>
        <translation>Opening the guides…</translation>
    </message>
    <message>
        <source>要带什么、去哪办、多久办好、收不收费</source>
        <translation>What to bring, where, how long, fees</translation>
    </message>
    <message>
        <source>{group}（{count}项）</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>点上面的输入框，用屏幕上的拼音键盘输入汉字，例如“津贴”</source>
        <translation>Tap the box above and type Chinese with the on-screen pinyin keys</translation>
    </message>
    <message>
        <source>用拼音首字母找事项：例如“高龄津贴”输入 g l j t</source>
        <translation>Type pinyin initials: g l j t finds the old-age allowance</translation>
    </message>
    <message>
        <source>没有找到，换几个字试试，或点“呼叫帮办”</source>
        <translation>Nothing found. Try other letters, or tap “Get help”</translation>
    </message>
    <message>
        <source>改用字母键</source>
        <translation>Use letters</translation>
    </message>
    <message>
        <source>输入汉字</source>
        <translation>Type Chinese</translation>
    </message>
    <message>
        <source>请选择要了解的事项</source>
        <translation>Choose an item</translation>
    </message>
    <message>
        <source>还想了解什么？点一下打开：</source>
        <translation>What else? Tap to open:</translation>
    </message>
    <message>
        <source>用手机微信“扫一扫”，把这份指南存到手机上（不用上网）</source>
        <translation>Scan with WeChat to keep this guide on your phone (no internet needed)</translation>
    </message>
    <message>
        <source>在这里办</source>
        <translation>Apply here</translation>
    </message>
    <message>
        <source>打印指南</source>
        <translation>Print guide</translation>
    </message>
    <message>
        <source>回到要点</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>更多内容</source>
        <translation>More</translation>
    </message>
    <message>
        <source>收起二维码</source>
        <translation>Hide QR code</translation>
    </message>
    <message>
        <source>存到手机</source>
        <translation>To my phone</translation>
    </message>
    <message>
        <source>不用带材料</source>
        <translation>Nothing to bring</translation>
    </message>
</context>
<context>
    <name>KioskHelper</name>
    <message>
        <source>查办事指南</source>
        <translation>Read service guides</translation>
    </message>
    <message>
        <source>查办件进度</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>呼叫帮办</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>呼叫没有发出去。请到大厅的咨询导办台找工作人员，或请身边的人帮忙叫一下。</source>
        <translation>The call did not go out. Ask at the hall&apos;s help desk, or ask someone near you to call staff.</translation>
    </message>
    <message>
        <source>正在呼叫工作人员…</source>
        <translation>Calling staff…</translation>
    </message>
    <message>
        <source>工作人员已收到，正在赶来，请在这里稍等。</source>
        <translation>Staff got your call and are coming. Please wait here.</translation>
    </message>
    <message>
        <source>已通知工作人员，马上就来，请在这台机器旁稍等。</source>
        <translation>Staff have been told and will come soon. Please wait by this machine.</translation>
    </message>
    <message>
        <source>呼叫时间 {time}，本机：{kiosk}</source>
        <translation>Called at {time} from {kiosk}</translation>
    </message>
    <message>
        <source>现在是下班时间，大厅里没有工作人员值班，呼叫不会有人来。</source>
        <translation>The hall is closed. No staff are on duty, so nobody would come.</translation>
    </message>
    <message>
        <source>今天{time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <source>{day}{time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>{when}上班后，请到大厅咨询导办台找工作人员。</source>
        <translation>When the hall opens {when}, ask at the help desk.</translation>
    </message>
    <message>
        <source>有急事可以打电话：{phone}</source>
        <translation>If it is urgent, call {phone}</translation>
    </message>
    <message>
        <source>现在在这台机器上您可以：</source>
        <translation>On this machine you can now:</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>回到刚才的页面</source>
        <translation>Back to where I was</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>排队取号，到窗口办理</source>
        <translation>Queue for a service window</translation>
    </message>
    <message>
        <source>个人办事</source>
        <translation>For residents</translation>
    </message>
    <message>
        <source>户口、社保、养老、婚育</source>
        <translation>Residence, pensions, family</translation>
    </message>
    <message>
        <source>法人办事</source>
        <translation>For businesses</translation>
    </message>
    <message>
        <source>企业开办、变更、注销</source>
        <translation>Open, change, close a firm</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>查办理进度</source>
        <translation>See how far it has got</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>简单事项在这里办</source>
        <translation>Simple matters done here</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Rate us</translation>
    </message>
    <message>
        <source>评价我们的服务</source>
        <translation>Tell us how we did</translation>
    </message>
    <message>
        <source>服务网点</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>附近还能去哪里办</source>
        <translation>Other places nearby</translation>
    </message>
    <message>
        <source>刷身份证 / 扫码</source>
        <translation>ID card / QR code</translation>
    </message>
    <message>
        <source>查办件、预约取号、评价</source>
        <translation>Cases, bookings, ratings</translation>
    </message>
    <message>
        <source>把身份证放在读卡区，或把凭证、预约码上的二维码对准扫码口：查办件、预约取号、评价都可以</source>
        <translation>Place your ID card on the reader, or hold the QR code of a receipt or booking to the scanner: to track a case, check in a booking or rate us</translation>
    </message>
    <message>
        <source>欢迎办理政务服务</source>
        <translation>Welcome to the government service hall</translation>
    </message>
    <message>
        <source>窗口已下班，现在不能取号</source>
        <translation>The windows are closed: no numbers now</translation>
    </message>
    <message>
        <source>现在不能取号，{time}上班后再来取号</source>
        <translation>No numbers now: come back after {time}</translation>
    </message>
    <message>
        <source>现在不能取号，{day}{time}上班后再来取号</source>
        <translation>No numbers now: come back {day} after {time}</translation>
    </message>
    <message>
        <source>现在有 {n} 人在等候</source>
        <translation>{n} people waiting now</translation>
    </message>
    <message>
        <source>现在不用排队</source>
        <translation>No queue right now</translation>
    </message>
    <message>
        <source>正在读取大厅状态…</source>
        <translation>Reading the hall&apos;s status…</translation>
    </message>
    <message>
        <source>现在没有人排队</source>
        <translation>Nobody is queuing now</translation>
    </message>
    <message>
        <source>自助机24小时可用：查指南、查进度、自助办理</source>
        <translation>This machine works 24 hours: guides, case tracking, self-service</translation>
    </message>
    <message>
        <source>已读取身份证。请先选择要办的事，例如取号或自助办理。</source>
        <translation>ID card read. First choose what you want to do, such as take a number or self-service.</translation>
    </message>
    <message>
        <source>欢迎使用自助服务机</source>
        <translation>Welcome to the self-service machine</translation>
    </message>
    <message>
        <source>刷身份证或扫码：{what}</source>
        <translation>ID card or QR code: {what}</translation>
    </message>
    <message>
        <source>已读取身份证。请先选择要办的事，例如“取号”或“自助办理”。</source>
        <translation>ID card read. First choose what you want to do, such as &quot;Take a number&quot; or &quot;Self-service&quot;.</translation>
    </message>
    <message>
        <source>24小时自助服务 · 遇到困难请点上方“呼叫帮办”</source>
        <translation>Self-service 24 hours · Need help? Tap &quot;Get help&quot; above</translation>
    </message>
</context>
<context>
    <name>KioskHours</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>March</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>April</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>June</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>July</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>August</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>September</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>October</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{month}{day}日</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{window}号窗口</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>{category}类业务</source>
        <translation>{category} services</translation>
    </message>
    <message>
        <source>全厅</source>
        <translation>The hall</translation>
    </message>
    <message>
        <source>周末延时服务中</source>
        <translation>Open for weekend hours</translation>
    </message>
    <message>
        <source>窗口办理中</source>
        <translation>Windows open</translation>
    </message>
    <message>
        <source>{state}，{time}午间休息</source>
        <translation>{state}, lunch break at {time}</translation>
    </message>
    <message>
        <source>{state}，今天{time}结束</source>
        <translation>{state} until {time} today</translation>
    </message>
    <message>
        <source>{scope}暂停办理（{reason}）</source>
        <translation>{scope} closed for now ({reason})</translation>
    </message>
    <message>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>法定节假日休息</source>
        <translation>Closed for the public holiday</translation>
    </message>
    <message>
        <source>窗口已下班</source>
        <translation>Windows closed</translation>
    </message>
    <message>
        <source>{state}，{time}开始办理</source>
        <translation>{state}, open again at {time}</translation>
    </message>
    <message>
        <source>{state}，{day}{time}上班</source>
        <translation>{state}, open again {day} at {time}</translation>
    </message>
</context>
<context>
    <name>KioskOutOfService</name>
    <message>
        <source>自助机正在维护</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>请到窗口办理，或稍后再来。</source>
        <translation>Please go to a service window, or come back later.</translation>
    </message>
    <message>
        <source>技术人员：{problem}</source>
        <translation>Technician: {problem}</translation>
    </message>
    <message>
        <source>本机暂时无法读取数据，正在自动重试。</source>
        <translation>This kiosk cannot read its data right now; it keeps trying.</translation>
    </message>
    <message>
        <source>本机设备尚未配置好，暂停自助服务。</source>
        <translation>This kiosk&apos;s devices are not set up yet: self-service is paused.</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
</context>
<context>
    <name>KioskPaused</name>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>本机暂停自助服务。</source>
        <translation>This kiosk is paused.</translation>
    </message>
    <message>
        <source>请到窗口办理，或稍后再来。</source>
        <translation>Please go to a service window, or come back later.</translation>
    </message>
</context>
<context>
    <name>KioskPoints</name>
    <message>
        <source>服务网点</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>（就是这里）</source>
        <translation> (you are here)</translation>
    </message>
    <message>
        <source>地址：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>电话：{phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>时间：{hours}</source>
        <translation>Hours: {hours}</translation>
    </message>
    <message>
        <source>{lines}。</source>
        <translation>{lines}. </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>这些地方也能办理，就近办、少跑路</source>
        <translation>You can also do it at these places, nearer home</translation>
    </message>
</context>
<context>
    <name>KioskPriority</name>
    <message>
        <source>老年人优先</source>
        <translation>Senior priority</translation>
    </message>
    <message>
        <source>残疾人优先</source>
        <translation>Disability priority</translation>
    </message>
    <message>
        <source>孕妇优先</source>
        <translation>Pregnancy priority</translation>
    </message>
    <message>
        <source>军人优先</source>
        <translation>Military priority</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Regular</translation>
    </message>
</context>
<context>
    <name>KioskQueryPrint</name>
    <message>
        <source>个人留存</source>
        <translation>Own records</translation>
    </message>
    <message>
        <source>办理入学</source>
        <translation>School</translation>
    </message>
    <message>
        <source>办理贷款</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>办理落户</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>其他用途</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>本人同意自助机向省一体化政务服务平台查询本人的上述信息并打印，查询记录将留存备查。查询只用于您选择的用途。</source>
        <translation>I agree that the kiosk asks the provincial government service platform for this information about me and prints it; the query is kept on record. It is used only for the purpose you chose.</translation>
    </message>
    <message>
        <source>请从自助机下方的 A4 出纸口取走您的文书，注意不要遗落。</source>
        <translation>Take your document from the A4 tray below, and leave nothing behind.</translation>
    </message>
    <message>
        <source>打印机缺纸，文书没有打出来。</source>
        <translation>The printer is out of paper; the document did not print.</translation>
    </message>
    <message>
        <source>已通知工作人员加纸。加好纸后点“重新打印”，不用再查询。</source>
        <translation>Staff have been asked to add paper. Then tap &quot;Print again&quot;; no new query needed.</translation>
    </message>
    <message>
        <source>打印机卡纸，文书没有打出来。</source>
        <translation>The paper jammed; the document did not print.</translation>
    </message>
    <message>
        <source>已通知工作人员处理。处理好后点“重新打印”，不用再查询。</source>
        <translation>Staff have been told. Once fixed, tap &quot;Print again&quot;; no new query needed.</translation>
    </message>
    <message>
        <source>打印机暂时不能使用，文书没有打出来。</source>
        <translation>The printer is not available; the document did not print.</translation>
    </message>
    <message>
        <source>已通知工作人员。恢复后点“重新打印”，或到窗口办理。</source>
        <translation>Staff have been told. When it works again tap &quot;Print again&quot;, or go to a window.</translation>
    </message>
    <message>
        <source>打印任务被取消了。</source>
        <translation>The print was cancelled.</translation>
    </message>
    <message>
        <source>可以点“重新打印”再打一次。</source>
        <translation>Tap &quot;Print again&quot; to print it once more.</translation>
    </message>
    <message>
        <source>打印失败，文书没有打出来。</source>
        <translation>Printing failed; the document did not print.</translation>
    </message>
    <message>
        <source>已通知工作人员。可以点“重新打印”再试一次。</source>
        <translation>Staff have been told. Tap &quot;Print again&quot; to try once more.</translation>
    </message>
    <message>
        <source>社保权益记录</source>
        <translation>Social insurance record</translation>
    </message>
    <message>
        <source>参保证明</source>
        <translation>Insurance proof</translation>
    </message>
    <message>
        <source>不动产登记信息查询结果</source>
        <translation>Property record</translation>
    </message>
    <message>
        <source>电子证照打印件</source>
        <translation>E-licence copy</translation>
    </message>
    <message>
        <source>养老保险</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>医疗保险</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>失业保险</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <source>工伤保险</source>
        <translation>Work injury</translation>
    </message>
    <message>
        <source>生育保险</source>
        <translation>Maternity</translation>
    </message>
    <message>
        <source>真实有效</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>内容被篡改</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>伪造</source>
        <translation>Forged</translation>
    </message>
    <message>
        <source>已过有效期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已被撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>离线（平台公钥）</source>
        <translation>Offline (platform key)</translation>
    </message>
    <message>
        <source>联网（省平台）</source>
        <translation>Online (provincial platform)</translation>
    </message>
    <message>
        <source>未能核验</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>查询打印</source>
        <translation>Print records</translation>
    </message>
    <message>
        <source>我的电子证照</source>
        <translation>My e-licences</translation>
    </message>
    <message>
        <source>身份证没有读出来（{reason}），请把卡平放在读卡区再试一次</source>
        <translation>The ID card could not be read ({reason}). Lay it flat on the reader and try again</translation>
    </message>
    <message>
        <source>请先阅读说明并点“我同意”。</source>
        <translation>Please read the text and tap &quot;I agree&quot; first.</translation>
    </message>
    <message>
        <source>没有您的同意，不能查询您的信息。</source>
        <translation>Without your consent we cannot look up your information.</translation>
    </message>
    <message>
        <source>没有可打印的内容，不会打印。</source>
        <translation>Nothing to print; nothing will be printed.</translation>
    </message>
    <message>
        <source>网络中断，现在查不了省平台的信息。</source>
        <translation>The network is down: the provincial platform cannot be asked now.</translation>
    </message>
    <message>
        <source>这项查询需要联网，不会稍后自动补打。请稍后再来，或取号到窗口办理。</source>
        <translation>This needs the network and will not be printed later. Please come back later, or take a ticket for a window.</translation>
    </message>
    <message>
        <source>查询本人信息需要现场刷身份证。</source>
        <translation>Looking up your own records needs your ID card here.</translation>
    </message>
    <message>
        <source>请把身份证放在读卡区，读卡成功后再查询。</source>
        <translation>Put your ID card on the reader; once it is read, look up again.</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>共 {rows} 行</source>
        <translation>{rows} rows</translation>
    </message>
    <message>
        <source>验真码</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>{licence}（{issuer}）</source>
        <translation>{licence} ({issuer})</translation>
    </message>
    <message>
        <source>核验结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>{holder}（{id}）</source>
        <translation>{holder} ({id})</translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>核验方式</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>请把身份证放在读卡区。查询本人信息需要现场刷证。</source>
        <translation>Put your ID card on the reader. Looking up your own records needs your card here.</translation>
    </message>
    <message>
        <source>请选择查询条件和用途</source>
        <translation>Choose what to look up and the purpose</translation>
    </message>
    <message>
        <source>同意后点“查询”</source>
        <translation>Once you agree, tap &quot;Look up&quot;</translation>
    </message>
    <message>
        <source>请核对屏幕上的内容，姓名和证件号已部分隐藏。确认后点“打印”。</source>
        <translation>Check what the screen shows; the name and ID number are partly hidden. Then tap &quot;Print&quot;.</translation>
    </message>
    <message>
        <source>正在打印，请稍候。</source>
        <translation>Printing, please wait.</translation>
    </message>
    <message>
        <source>打印完成</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>文书下方有二维码和验真码，可以扫码核验真伪</source>
        <translation>The QR code and check code at the bottom let anyone check it is genuine</translation>
    </message>
    <message>
        <source>核验结果：{verdict}</source>
        <translation>Result: {verdict}</translation>
    </message>
    <message>
        <source>请选择要查询打印的文书</source>
        <translation>Choose the document to print</translation>
    </message>
    <message>
        <source>当场打印带二维码和验真码的证明，扫码即可核验真伪</source>
        <translation>Certificates printed here carry a QR code to check them</translation>
    </message>
    <message>
        <source>核验证明真伪</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>请把身份证放在读卡区</source>
        <translation>Put your ID card on the reader</translation>
    </message>
    <message>
        <source>查询本人信息需要现场刷身份证，每次查询都要刷。</source>
        <translation>Your own records need your ID card, read anew for each query.</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>上一年</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>下一年</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>年度：{year}年</source>
        <translation>Year: {year}</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>我已同意</source>
        <translation>I agreed</translation>
    </message>
    <message>
        <source>我同意</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>请核对（姓名和证件号已部分隐藏）</source>
        <translation>Please check (name and ID number partly hidden)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在打印，请稍候…</source>
        <translation>Printing, please wait…</translation>
    </message>
    <message>
        <source>↓ A4 出纸口在屏幕下方 ↓</source>
        <translation>↓ The A4 tray is below the screen ↓</translation>
    </message>
    <message>
        <source>已呼叫工作人员，请稍候。</source>
        <translation>Staff are on their way, please wait.</translation>
    </message>
    <message>
        <source>重新打印</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>状态：{state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>打印证照打印件</source>
        <translation>Print a copy</translation>
    </message>
    <message>
        <source>没有查到您名下的电子证照。</source>
        <translation>No e-licences found in your name.</translation>
    </message>
    <message>
        <source>请把证明上的二维码对准扫码口</source>
        <translation>Hold the certificate&apos;s QR code to the scanner</translation>
    </message>
    <message>
        <source>未通过核验</source>
        <translation>Not genuine</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>KioskSpeech</name>
    <message>
        <source>零</source>
        <translation>zero</translation>
    </message>
    <message>
        <source>一</source>
        <translation>one</translation>
    </message>
    <message>
        <source>二</source>
        <translation>two</translation>
    </message>
    <message>
        <source>三</source>
        <translation>three</translation>
    </message>
    <message>
        <source>四</source>
        <translation>four</translation>
    </message>
    <message>
        <source>五</source>
        <translation>five</translation>
    </message>
    <message>
        <source>六</source>
        <translation>six</translation>
    </message>
    <message>
        <source>七</source>
        <translation>seven</translation>
    </message>
    <message>
        <source>八</source>
        <translation>eight</translation>
    </message>
    <message>
        <source>九</source>
        <translation>nine</translation>
    </message>
</context>
<context>
    <name>KioskTechnician</name>
    <message>
        <source>身份证读卡器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>凭条打印机</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <source>扫码器</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>技术员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>本机没有设置技术员密码，不能退出（在配置 [kiosk] technician_pin_hash 中设置）</source>
        <translation>No technician PIN is set: the kiosk cannot be left (set [kiosk] technician_pin_hash)</translation>
    </message>
    <message>
        <source>本机没有设置技术员密码，不能退出</source>
        <translation>No technician PIN is set: the kiosk cannot be left</translation>
    </message>
    <message>
        <source>密码不对</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {seconds} 秒后再试</source>
        <translation>Too many wrong PINs: try again in {seconds} s</translation>
    </message>
    <message>
        <source>未配置</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>{state}（{reason}）</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>{device}：{state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <source>技术员维护</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>请输入技术员密码：{pin}</source>
        <translation>Technician PIN: {pin}</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>返回服务</source>
        <translation>Back to service</translation>
    </message>
    <message>
        <source>退出自助机程序</source>
        <translation>Quit the kiosk</translation>
    </message>
</context>
<context>
    <name>KioskTicket</name>
    <message>
        <source>请到{zone}等候区就座，留意叫号屏和语音叫号</source>
        <translation>Please wait in the {zone} area and watch the call screen</translation>
    </message>
    <message>
        <source>{n}号</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>办理窗口：{numbers}窗口</source>
        <translation>Served at windows {numbers}</translation>
    </message>
    <message>
        <source>叫号时会告诉您到哪个窗口</source>
        <translation>When you are called you will be told which window</translation>
    </message>
    <message>
        <source>综合办事区</source>
        <translation>main service</translation>
    </message>
    <message>
        <source>咨询导办区</source>
        <translation>help desk</translation>
    </message>
    <message>
        <source>我是残疾人</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>我是孕妇</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>我是军人</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>查办事指南</source>
        <translation>Read service guides</translation>
    </message>
    <message>
        <source>查办件进度</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>预约 {code} 已取号：{number}号。</source>
        <translation>Booking {code} already has number {number}.</translation>
    </message>
    <message>
        <source>请留意叫号，不必再取。</source>
        <translation>Watch for your call: no need to take another.</translation>
    </message>
    <message>
        <source>您已取过{category}的号：{number}号，还在排队中。</source>
        <translation>You already have number {number} for {category}, still in the queue.</translation>
    </message>
    <message>
        <source>请留意叫号；如需办理其他业务，请选择其他类别。</source>
        <translation>Watch for your call. For another matter, choose another service.</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>窗口已下班。</source>
        <translation>The windows are closed.</translation>
    </message>
    <message>
        <source>窗口已下班，{day} {time} 上班，到时再来取号。</source>
        <translation>The windows are closed. They open {day} at {time}: come back then for a number.</translation>
    </message>
    <message>
        <source>可以刷身份证取号：年满{age}周岁自动优先（可不刷）</source>
        <translation>You may tap your ID card: at {age} or over you get priority (optional)</translation>
    </message>
    <message>
        <source>已读取身份证：{name}，{age}岁</source>
        <translation>ID card read: {name}, age {age}</translation>
    </message>
    <message>
        <source>，为您安排{priority}</source>
        <translation>. {priority} for you</translation>
    </message>
    <message>
        <source>身份证没有读出来（{reason}），请把卡平放在读卡区再试一次，或不刷卡直接取号</source>
        <translation>The ID card could not be read ({reason}). Lay it flat on the reader and try again, or take a number without it</translation>
    </message>
    <message>
        <source>您前面没有人，请留意叫号</source>
        <translation>Nobody is ahead of you: watch for your call</translation>
    </message>
    <message>
        <source>您前面还有 {ahead} 人，预计等候约 {minutes} 分钟</source>
        <translation>{ahead} ahead of you, about {minutes} min wait</translation>
    </message>
    <message>
        <source>请在等候区就座，留意叫号屏和语音叫号</source>
        <translation>Please wait in the waiting area and watch the call screen</translation>
    </message>
    <message>
        <source>正在打印凭条…</source>
        <translation>Printing your slip…</translation>
    </message>
    <message>
        <source>请取走下方的凭条，留意屏幕和语音叫号</source>
        <translation>Take your slip below and watch the call screen</translation>
    </message>
    <message>
        <source>凭条没有打出来。请记住您的号码，或用手机拍下这个屏幕</source>
        <translation>The slip did not print. Remember your number or take a photo of this screen</translation>
    </message>
    <message>
        <source>已通知工作人员，马上来处理打印机</source>
        <translation>Staff have been told and will fix the printer</translation>
    </message>
    <message>
        <source>正在通知工作人员…</source>
        <translation>Telling the staff…</translation>
    </message>
    <message>
        <source>现在您可以：{choices}。</source>
        <translation>What you can do now: {choices}.</translation>
    </message>
    <message>
        <source>您的号码是{number}，{category}</source>
        <translation>Your number is {number}, {category}</translation>
    </message>
    <message>
        <source>请选择要办理的业务</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>不用身份证取号</source>
        <translation>Without ID card</translation>
    </message>
    <message>
        <source>正在取号，请稍候…</source>
        <translation>Taking your number, please wait…</translation>
    </message>
    <message>
        <source>{category}（{prefix}）</source>
        <translation>{category} ({prefix})</translation>
    </message>
    <message>
        <source>需要优先办理？（到窗口时出示证件核实）</source>
        <translation>Need priority? (show proof at the window)</translation>
    </message>
    <message>
        <source>现在不能取号</source>
        <translation>No numbers now</translation>
    </message>
    <message>
        <source>现在在这台机器上您可以：</source>
        <translation>On this machine you can now:</translation>
    </message>
    <message>
        <source>⚠ 凭条没有打出来</source>
        <translation>⚠ The slip did not print</translation>
    </message>
    <message>
        <source>请记住您的号码，或用手机拍下这个屏幕</source>
        <translation>Remember your number or take a photo of this screen</translation>
    </message>
    <message>
        <source>取号成功</source>
        <translation>Here is your number</translation>
    </message>
    <message>
        <source>完成，回首页</source>
        <translation>Done, home</translation>
    </message>
    <message>
        <source>再取一个号</source>
        <translation>Another number</translation>
    </message>
    <message>
        <source>您已经取过号了</source>
        <translation>You already have a number</translation>
    </message>
    <message>
        <source>选其他业务</source>
        <translation>Choose another service</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>已打开长者模式，每一页都会读给您听</source>
        <translation>Senior mode is on: every page is read to you</translation>
    </message>
    <message>
        <source>如果还要继续，请点“继续办理”。</source>
        <translation>To carry on, tap &quot;Keep going&quot;.</translation>
    </message>
    <message>
        <source>您可以使用长者模式，字更大，还可以朗读。</source>
        <translation>You can use senior mode: larger text, and it reads aloud.</translation>
    </message>
    <message>
        <source>您还在吗？{seconds}秒后将清除您刚才的信息，回到首页。</source>
        <translation>Still there? In {seconds} seconds we clear your details and go home.</translation>
    </message>
    <message>
        <source>自助服务</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>长者模式</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>朗读这一页</source>
        <translation>Read this page aloud</translation>
    </message>
    <message>
        <source>呼叫帮办</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>长者模式 ✔</source>
        <translation>Senior ✔</translation>
    </message>
    <message>
        <source>长者模式设置</source>
        <translation>Senior mode settings</translation>
    </message>
    <message>
        <source>打开长者模式</source>
        <translation>Turn on senior mode</translation>
    </message>
    <message>
        <source>朗读：开</source>
        <translation>Read: on</translation>
    </message>
    <message>
        <source>朗读：关</source>
        <translation>Read: off</translation>
    </message>
    <message>
        <source>关掉朗读</source>
        <translation>Turn reading aloud off</translation>
    </message>
    <message>
        <source>打开朗读</source>
        <translation>Turn reading aloud on</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>您已年满{age}周岁，可以使用长者模式：字更大，还能朗读。</source>
        <translation>You are {age} or over: senior mode has larger text and reads aloud.</translation>
    </message>
    <message>
        <source>使用长者模式</source>
        <translation>Use senior mode</translation>
    </message>
    <message>
        <source>不用了</source>
        <translation>No, thanks</translation>
    </message>
    <message>
        <source>已打开长者模式。看不清可以换颜色。</source>
        <translation>Senior mode is on.</translation>
    </message>
    <message>
        <source>换颜色</source>
        <translation>Change colours</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>打印机暂时不能出凭条，取号后请记下或用手机拍下号码</source>
        <translation>The printer cannot print slips right now: after taking a number, write it down or take a photo of it</translation>
    </message>
    <message>
        <source>身份证读卡器暂时不能用，可以请工作人员帮忙</source>
        <translation>The ID card reader is not working right now: a member of staff can help</translation>
    </message>
    <message>
        <source>扫码暂时不能用，可以在屏幕上输入号码</source>
        <translation>Scanning is not working right now: you can type the number on the screen</translation>
    </message>
    <message>
        <source>语音朗读暂时不能用</source>
        <translation>Reading aloud is not working right now</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>数字{digit}</source>
        <translation>{digit}</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除一位</source>
        <translation>Delete a digit</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>字母{letter}</source>
        <translation>Letter {letter}</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除一个字母</source>
        <translation>Delete a letter</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working on it, please wait…</translation>
    </message>
</context>
<context>
    <name>ScrollPanel</name>
    <message>
        <source>上一屏</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>下一屏</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>下面还有内容，请点“下一屏”或向上滑动</source>
        <translation>More below: tap “Scroll down” or swipe up</translation>
    </message>
    <message>
        <source>第{now}/{total}屏</source>
        <translation>{now} of {total}</translation>
    </message>
</context>
<context>
    <name>StatusMark</name>
    <message>
        <source>办理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已下班</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>Device fault</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>免提交</source>
        <translation>Not needed</translation>
    </message>
</context>
</TS>
