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
    <name>ServiceWords</name>
    <message>
        <source>A4 打印机地址“{uri}”无效。</source>
        <translation>A4 printer address &quot;{uri}&quot; is invalid.</translation>
    </message>
    <message>
        <source>Debian: apt-get install postgresql-client（版本不低于数据库服务器）。</source>
        <translation>Debian: apt-get install postgresql-client (version no lower than the database server).</translation>
    </message>
    <message>
        <source>SQLite 内存数据库不能用于业务数据。</source>
        <translation>An in-memory SQLite database cannot be used for business data.</translation>
    </message>
    <message>
        <source>USB 打印机未设置厂商号和产品号。</source>
        <translation>The USB printer has no vendor ID and product ID set.</translation>
    </message>
    <message>
        <source>USB 打印机需要 printer_usb = &quot;厂商：产品&quot;（十六进制，如 0416:5011），当前为“{text}”。</source>
        <translation>The USB printer needs printer_usb = &quot;vendor:product&quot; (hexadecimal, e.g. 0416:5011); it is currently &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>USB 打印机需要 pyusb 支持库，当前未安装。</source>
        <translation>The USB printer needs the pyusb library, which is not installed.</translation>
    </message>
    <message>
        <source>Windows 打印机方式只能在 Windows 上使用（需要 pywin32 的 win32print）。</source>
        <translation>The Windows printer mode works only on Windows (it needs win32print from pywin32).</translation>
    </message>
    <message>
        <source>`yimen backup list` 列出现有备份。</source>
        <translation>`yimen backup list` lists the existing backups.</translation>
    </message>
    <message>
        <source>`yimen backup list` 列出现有备份；也可以给出备份文件的完整路径。</source>
        <translation>`yimen backup list` lists the existing backups; you can also give the full path of a backup file.</translation>
    </message>
    <message>
        <source>chinese_calendar 没有任何年份的数据。</source>
        <translation>chinese_calendar has no data for any year.</translation>
    </message>
    <message>
        <source>espeak-ng 播报超时。</source>
        <translation>espeak-ng announcement timed out.</translation>
    </message>
    <message>
        <source>espeak-ng 没有生成语音文件 {path}</source>
        <translation>espeak-ng did not produce the audio file {path}</translation>
    </message>
    <message>
        <source>espeak-ng 没有语音“{voice}”。</source>
        <translation>espeak-ng has no voice &quot;{voice}&quot;.</translation>
    </message>
    <message>
        <source>pg_dump 失败（退出码 {code}）：{text}</source>
        <translation>pg_dump failed (exit code {code}): {text}</translation>
    </message>
    <message>
        <source>platform adapter 应写成 yimen-v1 或 包名.模块:工厂函数。</source>
        <translation>platform adapter should be written as yimen-v1 or package.module:factory_function.</translation>
    </message>
    <message>
        <source>store.url 只能是 SQLite 文件或 PostgreSQL。</source>
        <translation>store.url can only be a SQLite file or PostgreSQL.</translation>
    </message>
    <message>
        <source>store.url 只能是 sqlite:///文件路径 或 postgresql+psycopg://用户@主机/库名。</source>
        <translation>store.url can only be sqlite:///file_path or postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>store.url 应为 sqlite:///文件路径。</source>
        <translation>store.url should be sqlite:///file_path.</translation>
    </message>
    <message>
        <source>yimen hall init 只用于 PostgreSQL（大厅模式）。</source>
        <translation>yimen hall init is only for PostgreSQL (hall mode).</translation>
    </message>
    <message>
        <source>zbar 解码库不可用。</source>
        <translation>The zbar decoding library is not available.</translation>
    </message>
    <message>
        <source>zxing-cpp 解码库不可用。</source>
        <translation>The zxing-cpp decoding library is not available.</translation>
    </message>
    <message>
        <source>{display_name}（{receiver}）的岗位不能承接首问登记。</source>
        <translation>The post of {display_name} ({receiver}) cannot take first-contact registrations.</translation>
    </message>
    <message>
        <source>{name} 不完整：在第 {value} 块处结束，缺少结尾。</source>
        <translation>{name} is incomplete: it ends at block {value} and the ending is missing.</translation>
    </message>
    <message>
        <source>{name} 不完整：第 {value} 块被截断。</source>
        <translation>{name} is incomplete: block {value} is truncated.</translation>
    </message>
    <message>
        <source>{name} 不是数据库备份（{kind!r}）。</source>
        <translation>{name} is not a database backup ({kind!r}).</translation>
    </message>
    <message>
        <source>{name} 中的数据库未通过完整性检查：{result}</source>
        <translation>The database in {name} failed the integrity check: {result}</translation>
    </message>
    <message>
        <source>{name} 在结尾之后还有多余的数据。</source>
        <translation>{name} has extra data after its end.</translation>
    </message>
    <message>
        <source>{name} 失败（退出码 {code}）：{text}</source>
        <translation>{name} failed (exit code {code}): {text}</translation>
    </message>
    <message>
        <source>{name} 第 {value} 块校验失败（数据被改动或损坏）。</source>
        <translation>Block {value} of {name} failed verification (the data was changed or damaged).</translation>
    </message>
    <message>
        <source>{name} 第 {value} 块长度异常。</source>
        <translation>Block {value} of {name} has an abnormal length.</translation>
    </message>
    <message>
        <source>{name}不代办“{name2}”。</source>
        <translation>{name} does not offer assisted service for &quot;{name2}&quot;.</translation>
    </message>
    <message>
        <source>{name}没有代码为“{six}”的县（市、区）。</source>
        <translation>{name} has no county (city, district) with code &quot;{six}&quot;.</translation>
    </message>
    <message>
        <source>{name}的县级代码：{counties}。</source>
        <translation>County-level codes of {name}: {counties}.</translation>
    </message>
    <message>
        <source>{number}号已被其他窗口叫号或不在等候中。</source>
        <translation>Ticket {number} has already been called by another window or is not waiting.</translation>
    </message>
    <message>
        <source>{number}号现在是“{ticket_state_labels}”，办完后再来评价。</source>
        <translation>Ticket {number} is now &quot;{ticket_state_labels}&quot;; please come back to rate it when it is done.</translation>
    </message>
    <message>
        <source>{number}号的状态刚被其他窗口改变。</source>
        <translation>The status of ticket {number} was just changed by another window.</translation>
    </message>
    <message>
        <source>{out} 已存在。</source>
        <translation>{out} already exists.</translation>
    </message>
    <message>
        <source>{receiver} 已是这件事的负责人。</source>
        <translation>{receiver} is already in charge of this matter.</translation>
    </message>
    <message>
        <source>{said}。</source>
        <translation>{said}.</translation>
    </message>
    <message>
        <source>{said}（{detail}）。</source>
        <translation>{said} ({detail}).</translation>
    </message>
    <message>
        <source>{source} 中的密钥已损坏。</source>
        <translation>The key in {source} is damaged.</translation>
    </message>
    <message>
        <source>{start:%Y-%m-%d} 至 {end:%Y-%m-%d} 超出20年，日期有误。</source>
        <translation>{start:%Y-%m-%d} to {end:%Y-%m-%d} spans more than 20 years; the dates are wrong.</translation>
    </message>
    <message>
        <source>{timeout_s:.0f} 秒内没有打印出 {count} 份 PDF。</source>
        <translation>{count} PDF copies were not printed within {timeout_s:.0f} seconds.</translation>
    </message>
    <message>
        <source>{verdict}（{reason}）</source>
        <translation>{verdict} ({reason})</translation>
    </message>
    <message>
        <source>{what}姓名未脱敏，不能打印在凭证上。</source>
        <translation>The name of {what} is not masked, so it cannot be printed on the receipt.</translation>
    </message>
    <message>
        <source>{what}过长（{n_value}字）。</source>
        <translation>{what} is too long ({n_value} characters).</translation>
    </message>
    <message>
        <source>{where}: “{text}” 不是有效的钟点。</source>
        <translation>{where}: &quot;{text}&quot; is not a valid time of day.</translation>
    </message>
    <message>
        <source>{where}: 看不懂计划 “{text}”。</source>
        <translation>{where}: cannot understand the schedule &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>{where}: 间隔 “{text}” 太短。</source>
        <translation>{where}: the interval &quot;{text}&quot; is too short.</translation>
    </message>
    <message>
        <source>{where}有误：{fields}</source>
        <translation>{where} has errors: {fields}</translation>
    </message>
    <message>
        <source>“{item_name}”没有可用电子证照代替的材料。</source>
        <translation>&quot;{item_name}&quot; has no material that an e-licence can replace.</translation>
    </message>
    <message>
        <source>“{label}”不是差评，不需要整改跟进。</source>
        <translation>&quot;{label}&quot; is not a bad review and needs no follow-up.</translation>
    </message>
    <message>
        <source>“{label}”不需要选择差评原因。</source>
        <translation>&quot;{label}&quot; does not need a bad-review reason.</translation>
    </message>
    <message>
        <source>“{label}”需要选择至少一个原因或填写意见。</source>
        <translation>&quot;{label}&quot; needs at least one reason selected or a comment written.</translation>
    </message>
    <message>
        <source>“{name}”不能在自助机办理。</source>
        <translation>&quot;{name}&quot; cannot be handled at the kiosk.</translation>
    </message>
    <message>
        <source>“{name}”是承诺件，不能当场办结。</source>
        <translation>&quot;{name}&quot; is a promised-completion item and cannot be completed on the spot.</translation>
    </message>
    <message>
        <source>“{name}”是查询打印事项，不用提交申请。</source>
        <translation>&quot;{name}&quot; is a query-and-print service item; no application is needed.</translation>
    </message>
    <message>
        <source>“{name}”没有名为“{name2}”的特别程序。</source>
        <translation>&quot;{name}&quot; has no special procedure named &quot;{name2}&quot;.</translation>
    </message>
    <message>
        <source>“{name}”没有对应的电子证照。</source>
        <translation>&quot;{name}&quot; has no matching e-licence.</translation>
    </message>
    <message>
        <source>“{name}”的材料已齐全，不需要补正。</source>
        <translation>The materials for &quot;{name}&quot; are complete; no supplement is needed.</translation>
    </message>
    <message>
        <source>“{title}”中出现完整身份证号，已拒绝打印。</source>
        <translation>&quot;{title}&quot; contains a full ID number; printing was refused.</translation>
    </message>
    <message>
        <source>“办不成事”反映缺少编号。</source>
        <translation>The &quot;couldn&apos;t get it done&quot; report has no number.</translation>
    </message>
    <message>
        <source>“办不成事”反映缺少问题描述。</source>
        <translation>The &quot;couldn&apos;t get it done&quot; report has no problem description.</translation>
    </message>
    <message>
        <source>一句话记下想办什么、卡在哪里。</source>
        <translation>In one sentence, note what you want to get done and where you got stuck.</translation>
    </message>
    <message>
        <source>一次只能暂停一个窗口或一个业务类别。</source>
        <translation>You can suspend only one window or one category at a time.</translation>
    </message>
    <message>
        <source>一次性告知单没有列出任何需补正的材料。</source>
        <translation>The one-time notice does not list any material to supplement.</translation>
    </message>
    <message>
        <source>下载的目录版本 {version} 校验不符（{count} 条），未启用。</source>
        <translation>The downloaded catalogue version {version} failed verification ({count} entries) and was not enabled.</translation>
    </message>
    <message>
        <source>不予受理的理由“{grounds}”无效。</source>
        <translation>The reason &quot;{grounds}&quot; for not accepting is invalid.</translation>
    </message>
    <message>
        <source>不予受理须写明具体理由。</source>
        <translation>A refusal to accept must state a specific reason.</translation>
    </message>
    <message>
        <source>不会新建密钥（新密钥无法解开旧数据）：请从备份恢复原密钥文件。</source>
        <translation>No new key will be created (a new key cannot unlock the old data): restore the original key file from a backup.</translation>
    </message>
    <message>
        <source>不会覆盖已有密钥（覆盖会使已存的个人信息无法读取）。如确需新建，请先移走旧文件并确认已备份。</source>
        <translation>The existing key will not be overwritten (that would make the stored personal information unreadable). If you really need a new key, first move the old file away and make sure it is backed up.</translation>
    </message>
    <message>
        <source>不属于本机关职权范围的，须告知申请人向哪个机关申请。</source>
        <translation>If the matter is outside this agency&apos;s authority, the applicant must be told which agency to apply to.</translation>
    </message>
    <message>
        <source>不支持 {mm} 毫米纸宽，只支持 58 或 80 毫米。</source>
        <translation>{mm} mm paper width is not supported; only 58 or 80 mm is supported.</translation>
    </message>
    <message>
        <source>不支持的 SQLite 驱动：{drivername}</source>
        <translation>Unsupported SQLite driver: {drivername}</translation>
    </message>
    <message>
        <source>不支持的数据库类型：{drivername}</source>
        <translation>Unsupported database type: {drivername}</translation>
    </message>
    <message>
        <source>不能停用自己的账号或修改自己的角色。</source>
        <translation>You cannot deactivate your own account or change your own role.</translation>
    </message>
    <message>
        <source>不能注册类型“{kind}”。</source>
        <translation>Cannot register type &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>与平台的加密连接建立失败：{name}</source>
        <translation>Failed to set up the encrypted connection to the platform: {name}</translation>
    </message>
    <message>
        <source>与省平台的连接出现问题，现在不能查询。</source>
        <translation>There is a problem with the connection to the provincial platform; queries are not possible now.</translation>
    </message>
    <message>
        <source>个人信息密钥不符：{key_path}（密钥 {key_id}）解不开数据库中已存的个人信息。</source>
        <translation>Personal information key mismatch: {key_path} (key {key_id}) cannot decrypt the personal information stored in the database.</translation>
    </message>
    <message>
        <source>个人信息密钥不符：数据库中的数据是用密钥 {stored} 加密的，而 {key_path} 是密钥 {key_id}。</source>
        <translation>Personal information key mismatch: the data in the database was encrypted with key {stored}, but {key_path} is key {key_id}.</translation>
    </message>
    <message>
        <source>串口打印机未设置串口。</source>
        <translation>The serial printer has no serial port set.</translation>
    </message>
    <message>
        <source>主密钥应为 {key_size} 字节，得到 {n_master_key} 字节。</source>
        <translation>The master key should be {key_size} bytes; got {n_master_key} bytes.</translation>
    </message>
    <message>
        <source>事项“{name}”已没有材料 {material_code}。</source>
        <translation>Service item &quot;{name}&quot; no longer has material {material_code}.</translation>
    </message>
    <message>
        <source>事项描述过长（{n_value}字）。</source>
        <translation>The service item description is too long ({n_value} characters).</translation>
    </message>
    <message>
        <source>事项目录校验未通过，共 {n_problems} 处问题。</source>
        <translation>The service item catalogue failed verification: {n_problems} problems in total.</translation>
    </message>
    <message>
        <source>事项目录路径不存在：{path}</source>
        <translation>Service item catalogue path does not exist: {path}</translation>
    </message>
    <message>
        <source>事项目录（版本 {version}）中没有编码为 {code} 的事项。</source>
        <translation>The service item catalogue (version {version}) has no service item with code {code}.</translation>
    </message>
    <message>
        <source>二维码内容中应包含 {number}。</source>
        <translation>The QR code content should contain {number}.</translation>
    </message>
    <message>
        <source>二维码内容为空。</source>
        <translation>The QR code content is empty.</translation>
    </message>
    <message>
        <source>二维码内容太多（{modules}×{modules} 模块），在 {mm} 毫米纸上扫不出来。</source>
        <translation>The QR code content is too large ({modules}×{modules} modules) to be scanned on {mm} mm paper.</translation>
    </message>
    <message>
        <source>二维码内容过长（{n_data} 字节，上限 {qr_max_payload_bytes}）。</source>
        <translation>The QR code content is too long ({n_data} bytes, limit {qr_max_payload_bytes}).</translation>
    </message>
    <message>
        <source>云南省没有代码为“{six}”的州（市）。</source>
        <translation>Yunnan Province has no prefecture (city) with code &quot;{six}&quot;.</translation>
    </message>
    <message>
        <source>交办时必须写明承办部门或承办人。</source>
        <translation>When assigning, you must name the handling department or handler.</translation>
    </message>
    <message>
        <source>人像比对未通过，不能查询。</source>
        <translation>Face comparison failed; the query cannot be made.</translation>
    </message>
    <message>
        <source>从 {start:%Y-%m-%d} 起{n}个工作日超出20年，期限或暂停区间有误。</source>
        <translation>{n} working days from {start:%Y-%m-%d} go beyond 20 years; the time limit or the suspension periods are wrong.</translation>
    </message>
    <message>
        <source>从备份恢复该文件；如果这是全新安装，运行 `yimen db upgrade` 创建新密钥。没有原密钥，已存的个人信息无法读取。</source>
        <translation>Restore this file from a backup; if this is a fresh installation, run `yimen db upgrade` to create a new key. Without the original key, the stored personal information cannot be read.</translation>
    </message>
    <message>
        <source>代办人与申请人（委托人）是同一人。</source>
        <translation>The agent and the applicant (principal) are the same person.</translation>
    </message>
    <message>
        <source>代办人姓名不能为空。</source>
        <translation>The agent&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>代办人缺少脱敏的身份证号，不能打印在凭证上。</source>
        <translation>The agent has no masked ID number, so it cannot be printed on the receipt.</translation>
    </message>
    <message>
        <source>代办人身份证号有误：{message}</source>
        <translation>The agent&apos;s ID number is wrong: {message}</translation>
    </message>
    <message>
        <source>以 root 运行，或把 devices.a4 设为 cups 并指向本机已有的 CUPS 队列。</source>
        <translation>Run as root, or set devices.a4 to cups and point it to an existing CUPS queue on this machine.</translation>
    </message>
    <message>
        <source>以 yimen 用户运行，或检查该文件的属主和权限。</source>
        <translation>Run as the yimen user, or check the owner and permissions of the file.</translation>
    </message>
    <message>
        <source>以管理员身份运行：{fix}</source>
        <translation>Run as administrator: {fix}</translation>
    </message>
    <message>
        <source>任务 “{name}” 在本机未启用。</source>
        <translation>Job &quot;{name}&quot; is not enabled on this machine.</translation>
    </message>
    <message>
        <source>使用 sqlite:///路径/yimen.db。</source>
        <translation>Use sqlite:///path/yimen.db.</translation>
    </message>
    <message>
        <source>使用短链接。</source>
        <translation>Use a short link.</translation>
    </message>
    <message>
        <source>例如 2026-11-17T14:30+08:00。</source>
        <translation>For example 2026-11-17T14:30+08:00.</translation>
    </message>
    <message>
        <source>例如养老保险或医疗保险。</source>
        <translation>For example, pension insurance or medical insurance.</translation>
    </message>
    <message>
        <source>例如：个人留存、办理入学、办理贷款。</source>
        <translation>For example: personal records, school enrolment, loan application.</translation>
    </message>
    <message>
        <source>例如：已电话回访，调整窗口人员排班。</source>
        <translation>For example: called back by phone; adjusted the clerks&apos; shift schedule.</translation>
    </message>
    <message>
        <source>例如：驾驶证补领由州车辆管理所办理。</source>
        <translation>For example: driving licence replacement is handled by the prefecture vehicle administration office.</translation>
    </message>
    <message>
        <source>保留当前数据库副本作为证据，从备份恢复，并核查该条前后的操作记录。</source>
        <translation>Keep a copy of the current database as evidence, restore from a backup, and check the operation records before and after this entry.</translation>
    </message>
    <message>
        <source>修正终端清单后重新运行 yimen hall init。</source>
        <translation>Fix the terminal list, then run yimen hall init again.</translation>
    </message>
    <message>
        <source>修正该行后重试。</source>
        <translation>Fix this line and try again.</translation>
    </message>
    <message>
        <source>先把本机 Yimen 升级到同一版本或更新版本，再恢复。</source>
        <translation>First upgrade Yimen on this machine to the same or a newer version, then restore.</translation>
    </message>
    <message>
        <source>先用 `yimen keys import 导出文件` 导入密钥 {wanted}，再恢复。</source>
        <translation>First import key {wanted} with `yimen keys import export_file`, then restore.</translation>
    </message>
    <message>
        <source>免费代办至少随单流转授权委托书。</source>
        <translation>For free assisted service, at least the power of attorney must travel with the slip.</translation>
    </message>
    <message>
        <source>其他窗口请由该窗口的工作人员或大厅管理员操作。</source>
        <translation>Other windows must be operated by that window&apos;s staff or the hall manager.</translation>
    </message>
    <message>
        <source>再输错{left}次账号将锁定{lock_minutes}分钟。</source>
        <translation>After {left} more wrong attempts the account will be locked for {lock_minutes} minutes.</translation>
    </message>
    <message>
        <source>写成 every 15m、every 2h、daily 02:30 或 weekly mon 03:00（大厅当地时间）。</source>
        <translation>Write it as every 15m, every 2h, daily 02:30 or weekly mon 03:00 (hall local time).</translation>
    </message>
    <message>
        <source>凭条上的等候区“{zone}”不是大厅的分区。</source>
        <translation>The waiting zone &quot;{zone}&quot; on the slip is not a zone of this hall.</translation>
    </message>
    <message>
        <source>凭证按 {mm} 毫米排版，但打印机装的是 {mm2} 毫米纸。</source>
        <translation>The receipt is laid out for {mm} mm, but the printer has {mm2} mm paper loaded.</translation>
    </message>
    <message>
        <source>凭证缺少“{what}”，无法打印。</source>
        <translation>The receipt is missing &quot;{what}&quot; and cannot be printed.</translation>
    </message>
    <message>
        <source>到有 A4 打印机的自助机或窗口办理；技术员可在 [devices] 中设置 a4。</source>
        <translation>Go to a kiosk or window with an A4 printer; a technician can set a4 under [devices].</translation>
    </message>
    <message>
        <source>刷新“材料流转”页查看它现在的位置。</source>
        <translation>Refresh the &quot;Material transfer&quot; page to see where it is now.</translation>
    </message>
    <message>
        <source>刷新列表后再操作。</source>
        <translation>Refresh the list, then try again.</translation>
    </message>
    <message>
        <source>刷新列表查看结果。</source>
        <translation>Refresh the list to see the result.</translation>
    </message>
    <message>
        <source>刷新后重试；如反复出现请联系技术支持。</source>
        <translation>Refresh and try again; if this keeps happening, contact technical support.</translation>
    </message>
    <message>
        <source>办件 {case_no} 已有材料 {material_code}。</source>
        <translation>Case {case_no} already has material {material_code}.</translation>
    </message>
    <message>
        <source>办件 {case_no} 已被其他终端修改（版本 {expected_version} 已过期）。</source>
        <translation>Case {case_no} has been changed by another terminal (version {expected_version} is out of date).</translation>
    </message>
    <message>
        <source>办件 {case_no} 没有材料 {material_code}。</source>
        <translation>Case {case_no} has no material {material_code}.</translation>
    </message>
    <message>
        <source>办件 {case_no} 没有进行中的特别程序。</source>
        <translation>Case {case_no} has no special procedure in progress.</translation>
    </message>
    <message>
        <source>办件 {case_no} 现在是“{value}”，不是待受理的预申请。</source>
        <translation>Case {case_no} is now &quot;{value}&quot;, not a pre-application awaiting acceptance.</translation>
    </message>
    <message>
        <source>办件 {case_no} 的结果已经发出。</source>
        <translation>The result of case {case_no} has already been issued.</translation>
    </message>
    <message>
        <source>办件 {case_no} 的计时已因“{name}”暂停（自 {first_day:%Y-%m-%d}）。</source>
        <translation>The clock for case {case_no} is already paused for &quot;{name}&quot; (since {first_day:%Y-%m-%d}).</translation>
    </message>
    <message>
        <source>办件 {case_no} 还没有办结（{value}），不能出件。</source>
        <translation>Case {case_no} is not complete yet ({value}); the result cannot be issued.</translation>
    </message>
    <message>
        <source>办件 {reference} 中没有材料“{name}”，不能复用。</source>
        <translation>Case {reference} has no material &quot;{name}&quot;, so it cannot be reused.</translation>
    </message>
    <message>
        <source>办件{case_no}的评价期到 {due:%Y-%m-%d} 才结束，还不能记为默认评价。</source>
        <translation>The review period of case {case_no} ends only on {due:%Y-%m-%d}; it cannot be recorded as a default review yet.</translation>
    </message>
    <message>
        <source>办件编号 {case_no} 已存在。</source>
        <translation>Case number {case_no} already exists.</translation>
    </message>
    <message>
        <source>办件编号“{case_no}”无效。</source>
        <translation>Case number &quot;{case_no}&quot; is invalid.</translation>
    </message>
    <message>
        <source>办件编号印在受理凭证上，也可以扫描凭证上的二维码。</source>
        <translation>The case number is printed on the acceptance receipt; you can also scan the QR code on the receipt.</translation>
    </message>
    <message>
        <source>办件编号应为20位数字，请核对后重新输入。</source>
        <translation>The case number should be 20 digits; please check it and enter it again.</translation>
    </message>
    <message>
        <source>办件编号校验位不对。</source>
        <translation>The check digit of the case number is wrong.</translation>
    </message>
    <message>
        <source>办结差评整改须填写整改情况。</source>
        <translation>To complete the follow-up of a bad review, describe the follow-up done.</translation>
    </message>
    <message>
        <source>区划代码“{digits}”指向乡镇或村一级，本机未收录其名称。</source>
        <translation>Region code &quot;{digits}&quot; points to a township or village; its name is not recorded on this machine.</translation>
    </message>
    <message>
        <source>区划代码“{region_code}”不是6位数字。</source>
        <translation>Region code &quot;{region_code}&quot; is not 6 digits.</translation>
    </message>
    <message>
        <source>单机的 SQLite 不需要角色；大厅模式请把 store.url 设为 postgresql+psycopg://…</source>
        <translation>Standalone SQLite does not need roles; for hall mode set store.url to postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>原因会显示在自助机和大厅屏上，例如：系统升级。</source>
        <translation>The reason is shown on the kiosks and the hall screen, for example: system upgrade.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The old password is incorrect.</translation>
    </message>
    <message>
        <source>县级代码如 532822，乡镇9位代码如 532822101，平台12位代码如 532822000000。</source>
        <translation>County codes look like 532822, 9-digit township codes like 532822101, 12-digit platform codes like 532822000000.</translation>
    </message>
    <message>
        <source>反映 {complaint_no} 已办结。</source>
        <translation>Report {complaint_no} has already been completed.</translation>
    </message>
    <message>
        <source>反映类别“{category}”无效。</source>
        <translation>Report category &quot;{category}&quot; is invalid.</translation>
    </message>
    <message>
        <source>发证机关查无此证照</source>
        <translation>The issuing authority has no record of this licence</translation>
    </message>
    <message>
        <source>受理凭证没有材料清单。</source>
        <translation>The acceptance receipt has no material list.</translation>
    </message>
    <message>
        <source>另一终端可能已完成核验。</source>
        <translation>Another terminal may have already completed the verification.</translation>
    </message>
    <message>
        <source>只收录云南省各州（市）及昆明市、西双版纳州的县级名称；其他以平台字典为准。</source>
        <translation>Only the prefectures (cities) of Yunnan Province and the counties of Kunming and Xishuangbanna Prefecture are recorded; for others, the platform dictionary applies.</translation>
    </message>
    <message>
        <source>只收录西双版纳州各县的乡镇；可使用其所在县的代码 {digits}。</source>
        <translation>Only the townships of the counties of Xishuangbanna Prefecture are recorded; you can use the code of its county, {digits}.</translation>
    </message>
    <message>
        <source>只有不满意和非常不满意需要跟进。</source>
        <translation>Only &quot;dissatisfied&quot; and &quot;very dissatisfied&quot; need follow-up.</translation>
    </message>
    <message>
        <source>只有不满意和非常不满意需要选择原因。</source>
        <translation>Only &quot;dissatisfied&quot; and &quot;very dissatisfied&quot; need a reason selected.</translation>
    </message>
    <message>
        <source>只有老年人、残疾人、孕妇和军人可选择优先。</source>
        <translation>Only older people, people with disabilities, pregnant women and military personnel can choose priority.</translation>
    </message>
    <message>
        <source>只有首席事务代表可以当场办结即办件。</source>
        <translation>Only the chief service representative can complete an immediate-handling item on the spot.</translation>
    </message>
    <message>
        <source>只用字母、数字、点、横线和下划线。</source>
        <translation>Use only letters, digits, dots, hyphens and underscores.</translation>
    </message>
    <message>
        <source>只能是：{names}。</source>
        <translation>Must be one of: {names}.</translation>
    </message>
    <message>
        <source>只能暂停或恢复本窗口（{window_no}号），不能操作{window_no2}号窗口。</source>
        <translation>You can only suspend or resume your own window (No. {window_no}), not window No. {window_no2}.</translation>
    </message>
    <message>
        <source>叫号语音模板“{template}”有误：未知占位符 {unknown}</source>
        <translation>Call announcement template &quot;{template}&quot; is wrong: unknown placeholder {unknown}</translation>
    </message>
    <message>
        <source>叫号语音模板“{template}”缺少 {{number}}</source>
        <translation>Call announcement template &quot;{template}&quot; is missing {{number}}</translation>
    </message>
    <message>
        <source>可以选择其他业务，或在办理时间再来；不必预约，现场取号即可。</source>
        <translation>You can choose another service, or come back during service hours; no appointment is needed, just take a ticket on site.</translation>
    </message>
    <message>
        <source>可使用其所在县的代码 {digits}。</source>
        <translation>You can use the code of its county, {digits}.</translation>
    </message>
    <message>
        <source>可先收取纸质原件或容缺受理，办件标记为待核验，联网后自动核验。</source>
        <translation>You can first take the paper original or accept the case with the item pending; the case is marked as awaiting verification and is verified automatically once online.</translation>
    </message>
    <message>
        <source>可用的任务：{value}；`yimen jobs list` 列出全部。</source>
        <translation>Available jobs: {value}; `yimen jobs list` lists them all.</translation>
    </message>
    <message>
        <source>可能是平台接口版本不一致，请联系平台运维。</source>
        <translation>The platform interface versions may not match; please contact platform operations.</translation>
    </message>
    <message>
        <source>可能被篡改；若持续出现请联系平台运维。</source>
        <translation>It may have been tampered with; if this keeps happening, contact platform operations.</translation>
    </message>
    <message>
        <source>可选 network、serial、usb、file、win32、dummy。</source>
        <translation>Choose from network, serial, usb, file, win32, dummy.</translation>
    </message>
    <message>
        <source>可选类别：{known}。</source>
        <translation>Available categories: {known}.</translation>
    </message>
    <message>
        <source>可选：{choices}</source>
        <translation>Options: {choices}</translation>
    </message>
    <message>
        <source>可选：{choices}。</source>
        <translation>Options: {choices}.</translation>
    </message>
    <message>
        <source>同一天同一区划的反映最多9999条。</source>
        <translation>At most 9999 reports per region per day.</translation>
    </message>
    <message>
        <source>同一天同一区划的咨询登记最多9999条。</source>
        <translation>At most 9999 inquiry registrations per region per day.</translation>
    </message>
    <message>
        <source>同一天最多9999张流转单。</source>
        <translation>At most 9999 transfer slips per day.</translation>
    </message>
    <message>
        <source>同步事件 {event_id} 不在隔离区（当前为 {state}）。</source>
        <translation>Sync event {event_id} is not in quarantine (it is currently {state}).</translation>
    </message>
    <message>
        <source>同步事件“{kind}”不符合上报规范：{problems}</source>
        <translation>Sync event &quot;{kind}&quot; does not meet the reporting specification: {problems}</translation>
    </message>
    <message>
        <source>告知方式“{how}”无效。</source>
        <translation>Notification method &quot;{how}&quot; is invalid.</translation>
    </message>
    <message>
        <source>咨询登记 {ask_no} 已办结。</source>
        <translation>Inquiry registration {ask_no} has already been completed.</translation>
    </message>
    <message>
        <source>咨询登记 {ask_no} 已由 {closed_by} 办结。</source>
        <translation>Inquiry registration {ask_no} has been completed by {closed_by}.</translation>
    </message>
    <message>
        <source>咨询登记 {ask_no} 现由 {owner} 首问负责。</source>
        <translation>Inquiry registration {ask_no} is now under the first-contact responsibility of {owner}.</translation>
    </message>
    <message>
        <source>咨询登记 {ask_no} 由 {value} 首问负责，只有负责人能{what}。</source>
        <translation>Inquiry registration {ask_no} is under the first-contact responsibility of {value}; only the person in charge can {what}.</translation>
    </message>
    <message>
        <source>咨询登记号 {ask_no} 已存在。</source>
        <translation>Inquiry registration number {ask_no} already exists.</translation>
    </message>
    <message>
        <source>在 Windows 终端上安装 pywin32（安装包已带）；Linux 上请用 network、serial 或 usb。</source>
        <translation>On a Windows terminal, install pywin32 (included in the installer); on Linux, use network, serial or usb.</translation>
    </message>
    <message>
        <source>在 [devices] 中设置 printer_file 路径。</source>
        <translation>Set the printer_file path in [devices].</translation>
    </message>
    <message>
        <source>在 [devices] 中设置 scanner_file 路径。</source>
        <translation>Set the scanner_file path in [devices].</translation>
    </message>
    <message>
        <source>在目录文件的 version 里写上新的版本号后再导入；当前目录保持不变。</source>
        <translation>Write a new version number in the version field of the catalogue file, then import it again; the current catalogue stays unchanged.</translation>
    </message>
    <message>
        <source>在设备设置中填写 printer_file，如 /dev/usb/lp0。</source>
        <translation>Fill in printer_file in the device settings, e.g. /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>在设备设置中填写 printer_host。</source>
        <translation>Fill in printer_host in the device settings.</translation>
    </message>
    <message>
        <source>在设备设置中填写 printer_serial，如 /dev/ttyS0 或 COM3。</source>
        <translation>Fill in printer_serial in the device settings, e.g. /dev/ttyS0 or COM3.</translation>
    </message>
    <message>
        <source>在设备设置中把 idcard 设为 real 或 simulated。</source>
        <translation>In the device settings, set idcard to real or simulated.</translation>
    </message>
    <message>
        <source>在设备设置中把纸宽设为 58 或 80。</source>
        <translation>In the device settings, set the paper width to 58 or 80.</translation>
    </message>
    <message>
        <source>在设备设置中配置 printer，或到有打印机的终端办理。</source>
        <translation>Configure printer in the device settings, or use a terminal that has a printer.</translation>
    </message>
    <message>
        <source>在证照列表中点一张证照。</source>
        <translation>Click an e-licence in the list.</translation>
    </message>
    <message>
        <source>在配置 store.url 中给出数据库文件路径，例如 sqlite:////var/lib/yimen/yimen.db。</source>
        <translation>Give the database file path in the store.url setting, e.g. sqlite:////var/lib/yimen/yimen.db.</translation>
    </message>
    <message>
        <source>在配置文件 [devices] 中写明真实设备（如 idcard = &quot;real&quot;、printer = &quot;network&quot;），运行 yimen devices check 核对；只有演示机才设 allow_simulated = true。</source>
        <translation>In the [devices] section of the configuration file, name the real devices (e.g. idcard = &quot;real&quot;, printer = &quot;network&quot;) and run yimen devices check to verify them; set allow_simulated = true only on a demo machine.</translation>
    </message>
    <message>
        <source>基本编码 {code} 对应 {n_by_basic} 个实施事项：{by_basic}</source>
        <translation>Basic code {code} matches {n_by_basic} implementing service items: {by_basic}</translation>
    </message>
    <message>
        <source>填写了身份证号但没有姓名。</source>
        <translation>An ID number was entered but no name.</translation>
    </message>
    <message>
        <source>备份 {name} 来自更新版本的 Yimen（数据库结构 {schema}），本机程序只认识到 {shipped}。</source>
        <translation>Backup {name} comes from a newer version of Yimen (database schema {schema}); this program only knows up to {shipped}.</translation>
    </message>
    <message>
        <source>备份口令不对，打不开 {name}。</source>
        <translation>Wrong backup passphrase; cannot open {name}.</translation>
    </message>
    <message>
        <source>备份口令太短（{n_passphrase} 个字符）。</source>
        <translation>The backup passphrase is too short ({n_passphrase} characters).</translation>
    </message>
    <message>
        <source>备份口令文件不存在：{path}</source>
        <translation>Backup passphrase file does not exist: {path}</translation>
    </message>
    <message>
        <source>备份口令文件已存在：{path}</source>
        <translation>Backup passphrase file already exists: {path}</translation>
    </message>
    <message>
        <source>如有疑问请联系审批部门。</source>
        <translation>If you have questions, please contact the approving department.</translation>
    </message>
    <message>
        <source>如申请人仍不满意，请登记新的投诉或“办不成事”反映。</source>
        <translation>If the applicant is still not satisfied, please record a new complaint or a &quot;could not get it done&quot; report.</translation>
    </message>
    <message>
        <source>如问题仍未解决，请登记一条新的反映并注明原编号。</source>
        <translation>If the problem is still not solved, please record a new report and note the original number.</translation>
    </message>
    <message>
        <source>如需补充意见，请到“办不成事”反映窗口。</source>
        <translation>To add further comments, please go to the &quot;could not get it done&quot; report window.</translation>
    </message>
    <message>
        <source>如需补发，请联系审批部门。</source>
        <translation>To have it reissued, please contact the approving department.</translation>
    </message>
    <message>
        <source>如需重新办理，请新建办件。</source>
        <translation>To apply again, please create a new case.</translation>
    </message>
    <message>
        <source>姓名不能为空。</source>
        <translation>Name cannot be empty.</translation>
    </message>
    <message>
        <source>姓名印在受理凭证上，便于申请人查询。</source>
        <translation>The name is printed on the acceptance receipt so the applicant can look up the case.</translation>
    </message>
    <message>
        <source>字体文件 {path} 无法使用（{name}）。</source>
        <translation>Font file {path} cannot be used ({name}).</translation>
    </message>
    <message>
        <source>安装 Debian 软件包 cups 和 cups-client。</source>
        <translation>Install the Debian packages cups and cups-client.</translation>
    </message>
    <message>
        <source>安装 Debian 软件包 fonts-noto-cjk。</source>
        <translation>Install the Debian package fonts-noto-cjk.</translation>
    </message>
    <message>
        <source>安装 USB 扩展（pip install &apos;yimen[usb]&apos;，即 pyusb）和 libusb-1.0（Debian: apt install libusb-1.0-0），或改用网络/串口连接。</source>
        <translation>Install the USB extra (pip install &apos;yimen[usb]&apos;, i.e. pyusb) and libusb-1.0 (Debian: apt install libusb-1.0-0), or switch to a network/serial connection.</translation>
    </message>
    <message>
        <source>安装 zxing-cpp：pip install &quot;yimen[camera]&quot;。</source>
        <translation>Install zxing-cpp: pip install &quot;yimen[camera]&quot;.</translation>
    </message>
    <message>
        <source>安装它们：{install_hint}（Debian 包：装不带 --without-camera 构建的 yimen 包）；本机用扫码枪时，把 scanner 设为 wedge 或 serial。</source>
        <translation>Install them: {install_hint} (Debian package: install a yimen package not built with --without-camera); if this machine uses a barcode scanner gun, set scanner to wedge or serial.</translation>
    </message>
    <message>
        <source>实时消息线程异常退出。</source>
        <translation>The live message thread exited unexpectedly.</translation>
    </message>
    <message>
        <source>实时消息需要数据库文件。</source>
        <translation>Live messages need a database file.</translation>
    </message>
    <message>
        <source>审批结果由后台审批系统回传，窗口不能直接修改。</source>
        <translation>The approval result is sent back by the back-office approval system; it cannot be changed at the window.</translation>
    </message>
    <message>
        <source>审计日志并发写入冲突。</source>
        <translation>Conflict between concurrent writes to the audit log.</translation>
    </message>
    <message>
        <source>审计日志链头缺失或被改动{chain_label}。</source>
        <translation>The audit log chain head{chain_label} is missing or was altered.</translation>
    </message>
    <message>
        <source>容缺材料“{name}”缺少补交日期。</source>
        <translation>Deferred material &quot;{name}&quot; has no date for submitting it later.</translation>
    </message>
    <message>
        <source>密码不能包含登录名。</source>
        <translation>The password cannot contain the login.</translation>
    </message>
    <message>
        <source>密码太短（{n_password}位）。</source>
        <translation>The password is too short ({n_password} characters).</translation>
    </message>
    <message>
        <source>密码太简单。</source>
        <translation>The password is too simple.</translation>
    </message>
    <message>
        <source>密钥不符：{source} 是密钥 {fid}，而本机数据库的数据是用密钥 {needed} 加密的。</source>
        <translation>Key mismatch: {source} uses key {fid}, but the data in this database is encrypted with key {needed}.</translation>
    </message>
    <message>
        <source>密钥不符：备份 {name} 需要个人信息密钥 {wanted}，本机密钥是 {local}。</source>
        <translation>Key mismatch: backup {name} needs personal data key {wanted}; the key on this machine is {local}.</translation>
    </message>
    <message>
        <source>密钥文件 {key_path} 不存在，而数据库中已有加密数据。</source>
        <translation>Key file {key_path} does not exist, but the database already holds encrypted data.</translation>
    </message>
    <message>
        <source>导出的密钥用 `yimen keys import`。</source>
        <translation>For an exported key, use `yimen keys import`.</translation>
    </message>
    <message>
        <source>工作日天数须为非负整数，现为{n!r}。</source>
        <translation>The number of working days must be a non-negative integer; got {n!r}.</translation>
    </message>
    <message>
        <source>差评原因有重复。</source>
        <translation>The bad review reasons contain duplicates.</translation>
    </message>
    <message>
        <source>差评整改已办结，不能再改为{follow_up_labels}。</source>
        <translation>Follow-up of the bad review is completed; it cannot be changed to {follow_up_labels} again.</translation>
    </message>
    <message>
        <source>差评整改当前为{follow_up_labels}，不能直接改为{follow_up_labels2}。</source>
        <translation>Follow-up of the bad review is currently {follow_up_labels}; it cannot be changed directly to {follow_up_labels2}.</translation>
    </message>
    <message>
        <source>已办结的反映无需首问登记。</source>
        <translation>A completed report needs no first-inquiry registration.</translation>
    </message>
    <message>
        <source>已有的一件事编码：{known}。</source>
        <translation>Existing &quot;one-thing&quot; codes: {known}.</translation>
    </message>
    <message>
        <source>已有的场所编码：{known}。</source>
        <translation>Existing site codes: {known}.</translation>
    </message>
    <message>
        <source>已有账号：大厅管理员 {managers}，不能再从命令行创建管理员。</source>
        <translation>Accounts already exist: hall managers {managers}; no more managers can be created from the command line.</translation>
    </message>
    <message>
        <source>已记录，请取号到窗口办理或呼叫帮办。</source>
        <translation>Recorded. Please take a ticket and go to a window, or call a helper.</translation>
    </message>
    <message>
        <source>平台对 {n_sent} 条事件的答复不完整或有多余（答复 {n_answered} 条）。</source>
        <translation>The platform&apos;s reply for {n_sent} events is incomplete or has extra entries ({n_answered} answered).</translation>
    </message>
    <message>
        <source>平台目录中有一行不是有效的目录文档。</source>
        <translation>A row in the platform catalogue is not a valid catalogue document.</translation>
    </message>
    <message>
        <source>平台目录中有本机不认识的文档类型“{kind}”（{code}）。</source>
        <translation>The platform catalogue contains a document type &quot;{kind}&quot; that this machine does not know ({code}).</translation>
    </message>
    <message>
        <source>平台目录分页顺序错乱或有重复文档。</source>
        <translation>The platform catalogue pages are out of order or contain duplicate documents.</translation>
    </message>
    <message>
        <source>平台称查到了文书，却没有返回所查的那种文书。</source>
        <translation>The platform said it found the document, but did not return the kind of document requested.</translation>
    </message>
    <message>
        <source>平台称证照有效，却没有返回证照信息。</source>
        <translation>The platform said the e-licence is valid, but returned no e-licence details.</translation>
    </message>
    <message>
        <source>平台返回了 {dataset} 的数据，而查询的是 {dataset2}。</source>
        <translation>The platform returned data for {dataset}, but the query was for {dataset2}.</translation>
    </message>
    <message>
        <source>平台返回了错误的目录分页（版本 {version}，偏移 {offset}）。</source>
        <translation>The platform returned the wrong catalogue page (version {version}, offset {offset}).</translation>
    </message>
    <message>
        <source>平台返回了错误的目录分页（版本 {version}，偏移 {offset}，{n_docs}/{count} 条）。</source>
        <translation>The platform returned the wrong catalogue page (version {version}, offset {offset}, {n_docs}/{count} entries).</translation>
    </message>
    <message>
        <source>平台返回了错误的目录增量分页（自版本 {from_version}，偏移 {offset}）。</source>
        <translation>The platform returned the wrong catalogue update page (from version {from_version}, offset {offset}).</translation>
    </message>
    <message>
        <source>平台返回的目录分页不完整（缺少最后的换行）。</source>
        <translation>The catalogue page returned by the platform is incomplete (the final line break is missing).</translation>
    </message>
    <message>
        <source>平台返回的节假日数据不是 {year} 年的。</source>
        <translation>The holiday data returned by the platform is not for the year {year}.</translation>
    </message>
    <message>
        <source>平台适配器 {spec} 缺少必需的方法。</source>
        <translation>Platform adapter {spec} is missing required methods.</translation>
    </message>
    <message>
        <source>年度应在 1990 到 {this_year} 之间。</source>
        <translation>The year should be between 1990 and {this_year}.</translation>
    </message>
    <message>
        <source>应为 ipp://主机:631/printers/队列名，例如 ipp://127.0.0.1:631/printers/A4PDF。</source>
        <translation>It should be ipp://host:631/printers/queue-name, e.g. ipp://127.0.0.1:631/printers/A4PDF.</translation>
    </message>
    <message>
        <source>当前可进行的操作：{allowed}。</source>
        <translation>Actions available now: {allowed}.</translation>
    </message>
    <message>
        <source>待核验的电子证照对应的材料不在本办件中：{codes}</source>
        <translation>The materials for the e-licences awaiting verification are not in this case: {codes}</translation>
    </message>
    <message>
        <source>您已取过{category_name}的号：{number}号，还在排队中。</source>
        <translation>You have already taken a ticket for {category_name}: ticket {number}, still waiting in line.</translation>
    </message>
    <message>
        <source>手机号码为空。</source>
        <translation>The mobile number is empty.</translation>
    </message>
    <message>
        <source>手机号码只能包含数字（可带+86、空格或短横线）。</source>
        <translation>The mobile number may contain only digits (+86, spaces or hyphens are allowed).</translation>
    </message>
    <message>
        <source>手机号码应为11位，现为{n_number}位。</source>
        <translation>The mobile number should have 11 digits; it has {n_number}.</translation>
    </message>
    <message>
        <source>手机号码应以13-19开头，现为“{number}”。</source>
        <translation>The mobile number should start with 13 to 19; got &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>打印“{title}”超过 {timeout:g} 秒仍未完成，任务已保留。</source>
        <translation>Printing &quot;{title}&quot; has not finished after {timeout:g} seconds; the job has been kept.</translation>
    </message>
    <message>
        <source>打印任务没有内容。</source>
        <translation>The print job has no content.</translation>
    </message>
    <message>
        <source>打印任务编号“{job_id}”含有不允许的字符。</source>
        <translation>Print job number &quot;{job_id}&quot; contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>打印宽度不足两列，无法排版。</source>
        <translation>The print width is less than two columns; the layout cannot be made.</translation>
    </message>
    <message>
        <source>打印服务 cupsd 在 {timeout_s:.0f} 秒内没有开始监听。</source>
        <translation>The print service cupsd did not start listening within {timeout_s:.0f} seconds.</translation>
    </message>
    <message>
        <source>打印服务拒绝了请求（HTTP {status}）。</source>
        <translation>The print service refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <source>打印服务接受了任务却没有给出任务号。</source>
        <translation>The print service accepted the job but gave no job number.</translation>
    </message>
    <message>
        <source>打印服务的答复不完整。</source>
        <translation>The print service&apos;s reply is incomplete.</translation>
    </message>
    <message>
        <source>打印服务的答复格式不正确。</source>
        <translation>The print service&apos;s reply is not in the correct format.</translation>
    </message>
    <message>
        <source>打印服务的答复被截断。</source>
        <translation>The print service&apos;s reply was cut off.</translation>
    </message>
    <message>
        <source>打印服务返回错误 0x{status:04x}: {value}</source>
        <translation>The print service returned error 0x{status:04x}: {value}</translation>
    </message>
    <message>
        <source>打印机上盖未合上，请合上上盖后点击重新打印。</source>
        <translation>The printer cover is open. Please close the cover, then tap Print again.</translation>
    </message>
    <message>
        <source>打印机地址“{url}”无法识别。</source>
        <translation>Printer address &quot;{url}&quot; is not recognised.</translation>
    </message>
    <message>
        <source>打印机地址“{url}”格式有误。</source>
        <translation>Printer address &quot;{url}&quot; is badly formed.</translation>
    </message>
    <message>
        <source>打印机设为 file 但没有 printer_file。</source>
        <translation>The printer is set to file, but there is no printer_file.</translation>
    </message>
    <message>
        <source>扫码模拟文件不存在：{path}</source>
        <translation>Scanner simulation file does not exist: {path}</translation>
    </message>
    <message>
        <source>扫码设为 file 但没有 scanner_file。</source>
        <translation>The scanner is set to file, but there is no scanner_file.</translation>
    </message>
    <message>
        <source>扫码设为 {what}，但本机没有装摄像头扫码组件（缺 {missing}）。</source>
        <translation>The scanner is set to {what}, but the camera scanning component is not installed on this machine ({missing} missing).</translation>
    </message>
    <message>
        <source>找不到 {name}。</source>
        <translation>{name} not found.</translation>
    </message>
    <message>
        <source>找不到 {tool}：大厅模式的备份要用 PostgreSQL 客户端工具。</source>
        <translation>{tool} not found: hall-mode backups need the PostgreSQL client tools.</translation>
    </message>
    <message>
        <source>找不到{number}号的排队记录。</source>
        <translation>No queue record found for ticket {number}.</translation>
    </message>
    <message>
        <source>找不到中文字体，无法生成 A4 文书。</source>
        <translation>No Chinese font found; A4 documents cannot be produced.</translation>
    </message>
    <message>
        <source>找不到人员档案 {person_id}。</source>
        <translation>Person record {person_id} not found.</translation>
    </message>
    <message>
        <source>找不到办件 {case_no}。</source>
        <translation>Case {case_no} not found.</translation>
    </message>
    <message>
        <source>找不到办件 {case_no}，无法登记同步事件。</source>
        <translation>Case {case_no} not found; the sync event cannot be recorded.</translation>
    </message>
    <message>
        <source>找不到单位档案 {organisation_id}。</source>
        <translation>Organisation record {organisation_id} not found.</translation>
    </message>
    <message>
        <source>找不到号票 {ticket_id}。</source>
        <translation>Ticket {ticket_id} not found.</translation>
    </message>
    <message>
        <source>找不到同步事件 {event_id}。</source>
        <translation>Sync event {event_id} not found.</translation>
    </message>
    <message>
        <source>找不到咨询登记 {ask_no}。</source>
        <translation>Inquiry record {ask_no} not found.</translation>
    </message>
    <message>
        <source>找不到备份 {name}。</source>
        <translation>Backup {name} not found.</translation>
    </message>
    <message>
        <source>找不到平台适配器 {spec}。</source>
        <translation>Platform adapter {spec} not found.</translation>
    </message>
    <message>
        <source>找不到投诉 {complaint_no}。</source>
        <translation>Complaint {complaint_no} not found.</translation>
    </message>
    <message>
        <source>找不到整改记录 {followup_id}。</source>
        <translation>Follow-up record {followup_id} not found.</translation>
    </message>
    <message>
        <source>找不到求助记录 {request_id}。</source>
        <translation>Help request {request_id} not found.</translation>
    </message>
    <message>
        <source>找不到流转单 {transfer_no}。</source>
        <translation>Transfer slip {transfer_no} not found.</translation>
    </message>
    <message>
        <source>找不到评价 {evaluation_id}。</source>
        <translation>Review {evaluation_id} not found.</translation>
    </message>
    <message>
        <source>找到密钥 {needed} 的导出文件；或先恢复与密钥 {fid} 对应的备份。</source>
        <translation>Find the exported file of key {needed}, or first restore a backup that matches key {fid}.</translation>
    </message>
    <message>
        <source>找回密钥 {stored} 的文件放到 {key_path}（`yimen keys import 导出文件`）；没有它，已存的个人信息无法读取。不要用新密钥覆盖。</source>
        <translation>Find the file of key {stored} and put it at {key_path} (`yimen keys import exported-file`); without it, the stored personal data cannot be read. Do not overwrite it with a new key.</translation>
    </message>
    <message>
        <source>找回密钥 {wanted} 的导出文件，`yimen keys import 文件 --replace` 后再恢复；否则恢复出的个人信息无法读取。</source>
        <translation>Find the exported file of key {wanted}, run `yimen keys import file --replace`, then restore; otherwise the restored personal data cannot be read.</translation>
    </message>
    <message>
        <source>找回本数据库原来的密钥文件（`yimen keys import 导出文件`）后重试。</source>
        <translation>Find this database&apos;s original key file (`yimen keys import exported-file`), then try again.</translation>
    </message>
    <message>
        <source>投诉编号 {complaint_no} 已存在。</source>
        <translation>Complaint number {complaint_no} already exists.</translation>
    </message>
    <message>
        <source>按 docs/configuration.md 修正后重试。</source>
        <translation>Correct it as described in docs/configuration.md, then try again.</translation>
    </message>
    <message>
        <source>按增量合并后的目录与平台不一致，改为下载全量目录。</source>
        <translation>The catalogue merged from updates does not match the platform; downloading the full catalogue instead.</translation>
    </message>
    <message>
        <source>按姓名查询请先读取身份证。</source>
        <translation>To search by name, please read the ID card first.</translation>
    </message>
    <message>
        <source>按打印机纸宽重新排版凭证（print_laid_out 会按纸宽排版）。</source>
        <translation>Lay out the receipt again for the printer&apos;s paper width (print_laid_out lays it out by paper width).</translation>
    </message>
    <message>
        <source>按补正告知书逐项登记，至少一项。</source>
        <translation>Record each item of the supplement notice; at least one item.</translation>
    </message>
    <message>
        <source>换一个文件名；不会覆盖已有文件。</source>
        <translation>Choose another file name; existing files are not overwritten.</translation>
    </message>
    <message>
        <source>换用另一份备份。</source>
        <translation>Use another backup.</translation>
    </message>
    <message>
        <source>换用另一份导出的密钥。</source>
        <translation>Use another exported key.</translation>
    </message>
    <message>
        <source>排队票二维码内容无效：大厅“{hall}”，号码“{number}”。</source>
        <translation>The queue ticket QR code is invalid: hall &quot;{hall}&quot;, number &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>摄像头打开了但没有画面。</source>
        <translation>The camera is open but shows no picture.</translation>
    </message>
    <message>
        <source>操作时间 {at:%Y-%m-%d %H:%M} 早于上一步（{last_changed_at:%Y-%m-%d %H:%M}）。</source>
        <translation>Action time {at:%Y-%m-%d %H:%M} is earlier than the previous step ({last_changed_at:%Y-%m-%d %H:%M}).</translation>
    </message>
    <message>
        <source>收件即受理：请先在材料核验中登记收到的材料。</source>
        <translation>Accepted on receipt: please first record the received materials in material checking.</translation>
    </message>
    <message>
        <source>改为{follow_up_labels}时必须写明整改情况。</source>
        <translation>When changing to {follow_up_labels}, you must describe the follow-up.</translation>
    </message>
    <message>
        <source>改为已解决时必须写明解决结果。</source>
        <translation>When changing to resolved, you must describe the outcome.</translation>
    </message>
    <message>
        <source>数据已损坏或由更新版本的 Yimen 写入，请从备份恢复。</source>
        <translation>The data is damaged or was written by a newer version of Yimen. Please restore from a backup.</translation>
    </message>
    <message>
        <source>数据已损坏，请从备份恢复。</source>
        <translation>The data is damaged. Please restore from a backup.</translation>
    </message>
    <message>
        <source>数据库备份用 `yimen backup restore`。</source>
        <translation>For a database backup, use `yimen backup restore`.</translation>
    </message>
    <message>
        <source>数据库忙：其他操作占用时间过长。</source>
        <translation>The database is busy: another operation is taking too long.</translation>
    </message>
    <message>
        <source>数据库文件不存在：{source}</source>
        <translation>Database file does not exist: {source}</translation>
    </message>
    <message>
        <source>数据库未被改动（单个事务）。检查连接与权限，或换用另一份备份。</source>
        <translation>The database was not changed (single transaction). Check the connection and permissions, or use another backup.</translation>
    </message>
    <message>
        <source>数据库版本 {current} 比本程序（最高 {head}）新：请安装对应的新版本，或恢复备份。</source>
        <translation>Database version {current} is newer than this program (up to {head}): please install the matching newer version, or restore a backup.</translation>
    </message>
    <message>
        <source>数据库结构需要升级（当前 {value}，程序需要 {head}）。</source>
        <translation>The database schema needs an upgrade (current {value}, the program needs {head}).</translation>
    </message>
    <message>
        <source>数据库被改动：运行 yimen audit verify，保留数据库副本作为证据并从备份恢复。</source>
        <translation>The database has been altered: run yimen audit verify, keep a copy of the database as evidence, and restore from a backup.</translation>
    </message>
    <message>
        <source>文件已损坏，换用另一份备份。</source>
        <translation>The file is damaged; use another backup.</translation>
    </message>
    <message>
        <source>文件被改动过，换用另一份备份。</source>
        <translation>The file has been altered; use another backup.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password cannot be the same as the old one.</translation>
    </message>
    <message>
        <source>无权读取配置文件：{path}</source>
        <translation>No permission to read the configuration file: {path}</translation>
    </message>
    <message>
        <source>无法创建数据库目录 {folder}: {value}</source>
        <translation>Cannot create database folder {folder}: {value}</translation>
    </message>
    <message>
        <source>无法排版的内容块：{block!r}</source>
        <translation>Content block that cannot be laid out: {block!r}</translation>
    </message>
    <message>
        <source>无法识别的证件类型</source>
        <translation>Unrecognised document type</translation>
    </message>
    <message>
        <source>无法读取样例证件文件 {path}：{strerror}</source>
        <translation>Cannot read sample ID file {path}: {strerror}</translation>
    </message>
    <message>
        <source>无法连接省平台：{name}</source>
        <translation>Cannot connect to the provincial platform: {name}</translation>
    </message>
    <message>
        <source>无需重复响应。</source>
        <translation>No need to respond again.</translation>
    </message>
    <message>
        <source>无需重复登记；需要接手请由对方移交。</source>
        <translation>No need to register again; to take it over, ask the other person to hand it over.</translation>
    </message>
    <message>
        <source>日历调整项“{day!r}: {is_workday!r}”格式不对。</source>
        <translation>Calendar adjustment &quot;{day!r}: {is_workday!r}&quot; is in the wrong format.</translation>
    </message>
    <message>
        <source>日序号须为1-9999，现为{seq}。</source>
        <translation>The daily sequence number must be 1-9999; got {seq}.</translation>
    </message>
    <message>
        <source>日期“{text}”无效。</source>
        <translation>Date &quot;{text}&quot; is invalid.</translation>
    </message>
    <message>
        <source>旧备份仍要用旧口令打开；确需更换请加 --replace，并保管好旧口令。</source>
        <translation>Old backups still open with the old passphrase; if you really need to change it, add --replace and keep the old passphrase safe.</translation>
    </message>
    <message>
        <source>时间字段需要 datetime，得到 {name}</source>
        <translation>The time field needs a datetime; got {name}</translation>
    </message>
    <message>
        <source>暂停办理的结束时间早于开始时间。</source>
        <translation>The end of the suspension is earlier than its start.</translation>
    </message>
    <message>
        <source>暂停办理的起止时间须带时区。</source>
        <translation>The start and end of the suspension must include a time zone.</translation>
    </message>
    <message>
        <source>暂停办理超过60天。</source>
        <translation>The suspension is longer than 60 days.</translation>
    </message>
    <message>
        <source>暂停办理须写明原因。</source>
        <translation>A reason for the suspension must be given.</translation>
    </message>
    <message>
        <source>暂停原因太长。</source>
        <translation>The suspension reason is too long.</translation>
    </message>
    <message>
        <source>暂停原因太长（{n_reason}字）。</source>
        <translation>The suspension reason is too long ({n_reason} characters).</translation>
    </message>
    <message>
        <source>暂停服务只用于自助机；窗口请由工作人员退出登录。</source>
        <translation>Pausing service is only for kiosks; at a window, the staff member should log out.</translation>
    </message>
    <message>
        <source>暂停计时区间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d} 的结束日早于开始日。</source>
        <translation>The clock-stop period {first:%Y-%m-%d} to {last:%Y-%m-%d} ends before it starts.</translation>
    </message>
    <message>
        <source>最新备份 {name} 需要密钥 {pii_key_id}，与本机密钥不同。</source>
        <translation>The latest backup {name} needs key {pii_key_id}, which differs from the key on this machine.</translation>
    </message>
    <message>
        <source>服务事项目录中没有服务网点 {code}。</source>
        <translation>Service point {code} is not in the service item catalogue.</translation>
    </message>
    <message>
        <source>服务事项目录中没有本厅（{code}）的服务网点电话。</source>
        <translation>The service item catalogue has no service point phone number for this hall ({code}).</translation>
    </message>
    <message>
        <source>服务网点 {start} 不隶属于本中心（{hall_code}）。</source>
        <translation>Service point {start} does not belong to this centre ({hall_code}).</translation>
    </message>
    <message>
        <source>服务网点 {start} 的上级关系成环。</source>
        <translation>The parent links of service point {start} form a loop.</translation>
    </message>
    <message>
        <source>未安装 espeak-ng 语音引擎。</source>
        <translation>The espeak-ng speech engine is not installed.</translation>
    </message>
    <message>
        <source>未知的 SQLite 事务模式：{mode}</source>
        <translation>Unknown SQLite transaction mode: {mode}</translation>
    </message>
    <message>
        <source>未知的打印机连接方式“{kind}”。</source>
        <translation>Unknown printer connection type &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>未知的查询打印文书“{value}”。</source>
        <translation>Unknown query-and-print document &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>未设置打印机设备文件。</source>
        <translation>No printer device file is set.</translation>
    </message>
    <message>
        <source>本人办理时不用登记代办人；请取消“代办”。</source>
        <translation>No agent needs to be recorded when applicants apply in person; please untick &quot;Agent&quot;.</translation>
    </message>
    <message>
        <source>本厅没有{window_no}号窗口。</source>
        <translation>This hall has no window {window_no}.</translation>
    </message>
    <message>
        <source>本大厅只受理云南省内的区划，请填写以53开头的代码。</source>
        <translation>This hall only accepts regions in Yunnan Province; please enter a code starting with 53.</translation>
    </message>
    <message>
        <source>本批事件保持待发，稍后重发；平台去重保证不会重复入库。</source>
        <translation>This batch of events stays pending and will be sent again later; the platform&apos;s duplicate check ensures nothing is stored twice.</translation>
    </message>
    <message>
        <source>本机已有另一把密钥 {local}（{path}）。</source>
        <translation>This machine already has another key {local} ({path}).</translation>
    </message>
    <message>
        <source>本机未收录乡镇代码“{digits}”的名称。</source>
        <translation>This machine has no name for township code &quot;{digits}&quot;.</translation>
    </message>
    <message>
        <source>本机未收录区划代码“{digits}”的名称。</source>
        <translation>This machine has no name for region code &quot;{digits}&quot;.</translation>
    </message>
    <message>
        <source>本机未配置 A4 打印机，不能打印证明。</source>
        <translation>No A4 printer is configured on this machine; certificates cannot be printed.</translation>
    </message>
    <message>
        <source>本机未配置打印机，无法打印。</source>
        <translation>No printer is configured on this machine; cannot print.</translation>
    </message>
    <message>
        <source>本机未配置身份证读卡器</source>
        <translation>No ID card reader is configured on this machine</translation>
    </message>
    <message>
        <source>本机正在自动重试；如持续出现，检查数据库文件所在的磁盘或共享目录。</source>
        <translation>This machine is retrying automatically; if this keeps happening, check the disk or shared folder that holds the database file.</translation>
    </message>
    <message>
        <source>本机没有个人信息密钥文件（{key_file}），而备份 {name} 需要密钥 {wanted}。</source>
        <translation>This machine has no personal data key file ({key_file}), but backup {name} needs key {wanted}.</translation>
    </message>
    <message>
        <source>本机没有模拟 A4 打印所需的软件包：{missing}。</source>
        <translation>This machine lacks the packages needed for simulated A4 printing: {missing}.</translation>
    </message>
    <message>
        <source>本机目录在增量下载期间被替换，改为下载全量目录。</source>
        <translation>The local catalogue was replaced during the update download; downloading the full catalogue instead.</translation>
    </message>
    <message>
        <source>本机设在县政务服务中心，材料不需要流转。</source>
        <translation>This machine is set up at the county government service centre; materials do not need to be transferred.</translation>
    </message>
    <message>
        <source>本机还没有服务事项目录。</source>
        <translation>This machine has no service item catalogue yet.</translation>
    </message>
    <message>
        <source>本程序比数据库旧或权限矩阵漏了新表：升级 Yimen 后再运行 yimen hall init。</source>
        <translation>This program is older than the database, or the permission matrix is missing new tables: upgrade Yimen, then run yimen hall init.</translation>
    </message>
    <message>
        <source>本站（{point_name}）不在流转单 {transfer_no} 的后续路线上：{route_text}。</source>
        <translation>This station ({point_name}) is not on the remaining route of transfer slip {transfer_no}: {route_text}.</translation>
    </message>
    <message>
        <source>本终端没有绑定窗口号，不能叫号。</source>
        <translation>This terminal has no window number assigned; it cannot call tickets.</translation>
    </message>
    <message>
        <source>材料“{name}”以{receipt_labels}方式收取，但没有凭据编号。</source>
        <translation>Material &quot;{name}&quot; was received as {receipt_labels}, but has no reference number.</translation>
    </message>
    <message>
        <source>材料“{name}”登记为复用，但办件 {reference} 不是该申请人的。</source>
        <translation>Material &quot;{name}&quot; is recorded as reused, but case {reference} does not belong to this applicant.</translation>
    </message>
    <message>
        <source>材料“{name}”的份数须至少为1。</source>
        <translation>The number of copies of material &quot;{name}&quot; must be at least 1.</translation>
    </message>
    <message>
        <source>材料不齐全或不符合法定形式不是不予受理的理由。</source>
        <translation>Incomplete materials or materials not in the legal form are not a reason to refuse to accept a case.</translation>
    </message>
    <message>
        <source>材料已送达；办件 {case_no} 可在“办件查询”中查看。</source>
        <translation>Materials delivered. Case {case_no} can be viewed under &quot;Case lookup&quot;.</translation>
    </message>
    <message>
        <source>条数 {limit} 无效。</source>
        <translation>Invalid number of rows: {limit}.</translation>
    </message>
    <message>
        <source>查询本人信息需要现场刷身份证。</source>
        <translation>To look up your own information, please swipe your ID card on site.</translation>
    </message>
    <message>
        <source>样例证件 {key} 应是字段表</source>
        <translation>Sample card {key} should be a table of fields</translation>
    </message>
    <message>
        <source>样例证件 {key} 无法通过校验：{message}</source>
        <translation>Sample card {key} failed validation: {message}</translation>
    </message>
    <message>
        <source>样例证件 {key} 的字段无效：{exc}</source>
        <translation>Sample card {key} has invalid fields: {exc}</translation>
    </message>
    <message>
        <source>样例证件 {key} 编码后与原数据不一致</source>
        <translation>Sample card {key} does not match the original data after encoding</translation>
    </message>
    <message>
        <source>样例证件 {key} 缺少字段 {args}</source>
        <translation>Sample card {key} is missing fields {args}</translation>
    </message>
    <message>
        <source>样例证件文件 {path} 不是有效的 YAML：{exc}</source>
        <translation>Sample card file {path} is not valid YAML: {exc}</translation>
    </message>
    <message>
        <source>样例证件文件 {path} 中没有 cards 列表</source>
        <translation>Sample card file {path} has no cards list</translation>
    </message>
    <message>
        <source>核对 store.key_file；用 `yimen keys export` 重新导出并保管本机密钥。</source>
        <translation>Check store.key_file; run `yimen keys export` to export this machine&apos;s key again and keep it safe.</translation>
    </message>
    <message>
        <source>核对预约短信中的预约码；刚预约的可能还没从省平台同步，可先取普通号。</source>
        <translation>Check the booking code in your booking text message. A recent booking may not have synced from the provincial platform yet; you can take a regular ticket instead.</translation>
    </message>
    <message>
        <source>核验记录 {check_id} 不是待处理的核验失败。</source>
        <translation>Verification record {check_id} is not a pending failed verification.</translation>
    </message>
    <message>
        <source>核验记录 {check_id} 已处理过或不存在。</source>
        <translation>Verification record {check_id} has already been handled or does not exist.</translation>
    </message>
    <message>
        <source>格式如 2026-11-17。</source>
        <translation>Use the format 2026-11-17.</translation>
    </message>
    <message>
        <source>检查 --plan 参数。</source>
        <translation>Check the --plan option.</translation>
    </message>
    <message>
        <source>检查 CUPS 是否在运行（systemctl status cups），以及 A4 打印机地址。</source>
        <translation>Check that CUPS is running (systemctl status cups) and check the A4 printer address.</translation>
    </message>
    <message>
        <source>检查 [devices] 的 tts 设置和本机的声音设备。</source>
        <translation>Check the tts setting in [devices] and this machine&apos;s sound device.</translation>
    </message>
    <message>
        <source>检查 devices 配置中的文件路径。</source>
        <translation>Check the file paths in the devices settings.</translation>
    </message>
    <message>
        <source>检查 platform.ca_bundle 是否为省平台的根证书，以及本机时间是否正确。</source>
        <translation>Check that platform.ca_bundle is the provincial platform&apos;s root certificate and that this machine&apos;s clock is correct.</translation>
    </message>
    <message>
        <source>检查声卡和音箱。</source>
        <translation>Check the sound card and speakers.</translation>
    </message>
    <message>
        <source>检查声卡是否被占用。</source>
        <translation>Check whether the sound card is in use by another program.</translation>
    </message>
    <message>
        <source>检查打印服务（CUPS）是否正常运行。</source>
        <translation>Check that the print service (CUPS) is running normally.</translation>
    </message>
    <message>
        <source>检查打印机是否卡纸或连线松动；恢复后会自动补打。</source>
        <translation>Check the printer for a paper jam or a loose cable; printing resumes automatically once fixed.</translation>
    </message>
    <message>
        <source>检查打印机的纸、电源和连线，然后在 CUPS 中启用队列（cupsenable）。</source>
        <translation>Check the printer&apos;s paper, power and cables, then enable the queue in CUPS (cupsenable).</translation>
    </message>
    <message>
        <source>检查打印队列是否存在并接受任务（lpstat -p）。</source>
        <translation>Check that the print queue exists and accepts jobs (lpstat -p).</translation>
    </message>
    <message>
        <source>检查扫码枪数据线和 scanner_port 配置。</source>
        <translation>Check the scanner cable and the scanner_port setting.</translation>
    </message>
    <message>
        <source>检查摄像头是否被其他程序占用。</source>
        <translation>Check whether the camera is in use by another program.</translation>
    </message>
    <message>
        <source>检查摄像头连接或文件路径。</source>
        <translation>Check the camera connection or the file path.</translation>
    </message>
    <message>
        <source>检查数据库连接、权限和磁盘空间后重试。</source>
        <translation>Check the database connection, permissions and disk space, then try again.</translation>
    </message>
    <message>
        <source>检查文件名；备份文件由 `yimen backup create` 生成。</source>
        <translation>Check the file name; backup files are created by `yimen backup create`.</translation>
    </message>
    <message>
        <source>检查网络是否需要认证登录（如酒店/村网认证页），或 base_url 是否正确。</source>
        <translation>Check whether the network requires a login (such as a hotel or village network login page), or whether base_url is correct.</translation>
    </message>
    <message>
        <source>检查进度查询或评价链接的设置。</source>
        <translation>Check the settings for the progress lookup or rating link.</translation>
    </message>
    <message>
        <source>检查配置 [jobs] disabled，或在合适的机器上运行（见 `yimen jobs list`）。</source>
        <translation>Check the [jobs] disabled setting, or run this on the right machine (see `yimen jobs list`).</translation>
    </message>
    <message>
        <source>检查配置 store.key_file。</source>
        <translation>Check the store.key_file setting.</translation>
    </message>
    <message>
        <source>检查配置 store.url 中的路径和该目录的权限。</source>
        <translation>Check the path in the store.url setting and the permissions of that directory.</translation>
    </message>
    <message>
        <source>检查配置 store.url、数据库服务是否运行、网络和文件权限。</source>
        <translation>Check the store.url setting, whether the database service is running, the network and file permissions.</translation>
    </message>
    <message>
        <source>检查配置 store.url。</source>
        <translation>Check the store.url setting.</translation>
    </message>
    <message>
        <source>检查队列名是否正确、本机是否有权打印（cupsd.conf 的 Location /）。</source>
        <translation>Check that the queue name is correct and that this machine may print (Location / in cupsd.conf).</translation>
    </message>
    <message>
        <source>检查音箱和声卡（或配置 WAV 输出目录）。</source>
        <translation>Check the speakers and sound card (or set a WAV output directory).</translation>
    </message>
    <message>
        <source>检查音箱电源、音量和声卡设置。</source>
        <translation>Check the speaker power, volume and sound card settings.</translation>
    </message>
    <message>
        <source>模拟 A4 打印机（cups-pdf）需要以 root 启动打印服务。</source>
        <translation>The simulated A4 printer (cups-pdf) needs the print service to be started as root.</translation>
    </message>
    <message>
        <source>模拟扫码没有读出测试码。</source>
        <translation>The simulated scan did not read the test code.</translation>
    </message>
    <message>
        <source>模板例子：请{number}号到{window}号窗口办理</source>
        <translation>Template example: Ticket {number}, please go to window {window}</translation>
    </message>
    <message>
        <source>每一项应为 日期: 是否工作日（true/false）。</source>
        <translation>Each entry should be date: working day or not (true/false).</translation>
    </message>
    <message>
        <source>每个原因只需选择一次。</source>
        <translation>Each reason only needs to be selected once.</translation>
    </message>
    <message>
        <source>每台终端写一个 [[terminal]] 表。</source>
        <translation>Write one [[terminal]] table for each terminal.</translation>
    </message>
    <message>
        <source>每台终端只能用自己的配置文件（yimen hall init 为它生成的那一份）；检查 terminal.id 与数据库角色是否一致（yimen hall check）。</source>
        <translation>Each terminal can only use its own settings file (the one `yimen hall init` generated for it); check that terminal.id matches the database role (`yimen hall check`).</translation>
    </message>
    <message>
        <source>每次评价都必须绑定办件编号，请重新扫码或选择办件。</source>
        <translation>Every rating must be linked to a case number. Please scan again or select the case.</translation>
    </message>
    <message>
        <source>求助只能从自助终端发出。</source>
        <translation>Help requests can only be sent from a self-service terminal.</translation>
    </message>
    <message>
        <source>没有“{category}”这个业务类别。</source>
        <translation>There is no category &quot;{category}&quot;.</translation>
    </message>
    <message>
        <source>没有“{name}”的打印模板。</source>
        <translation>There is no print template &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>没有业务类别 {unknown}。</source>
        <translation>There is no category {unknown}.</translation>
    </message>
    <message>
        <source>没有可检查的备份。</source>
        <translation>There are no backups to check.</translation>
    </message>
    <message>
        <source>没有可用的二维码解码器。</source>
        <translation>No QR code decoder is available.</translation>
    </message>
    <message>
        <source>没有名为 “{name}” 的定时任务。</source>
        <translation>There is no scheduled job named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>没有在用的工号 {receiver}。</source>
        <translation>There is no active staff number {receiver}.</translation>
    </message>
    <message>
        <source>没有您的同意，不能查询您的个人信息。</source>
        <translation>Your personal information cannot be looked up without your consent.</translation>
    </message>
    <message>
        <source>没有您的同意，不能查询您的电子证照。</source>
        <translation>Your e-licences cannot be looked up without your consent.</translation>
    </message>
    <message>
        <source>没有找到预约码 {code}。</source>
        <translation>Booking code {code} was not found.</translation>
    </message>
    <message>
        <source>没有生效中的暂停办理记录 {closure_id}。</source>
        <translation>There is no active service suspension record {closure_id}.</translation>
    </message>
    <message>
        <source>没有终端 {terminal_id} 的心跳记录。</source>
        <translation>There is no heartbeat record for terminal {terminal_id}.</translation>
    </message>
    <message>
        <source>没有编号为 {check_id} 的核验记录。</source>
        <translation>There is no verification record numbered {check_id}.</translation>
    </message>
    <message>
        <source>没有编码为 {code} 的“一件事”。</source>
        <translation>There is no &quot;one-thing&quot; service bundle with code {code}.</translation>
    </message>
    <message>
        <source>没有编码为 {code} 的服务场所。</source>
        <translation>There is no service site with code {code}.</translation>
    </message>
    <message>
        <source>没有账号“{username}”。</source>
        <translation>There is no account &quot;{username}&quot;.</translation>
    </message>
    <message>
        <source>流转单 {transfer_no} 刚被另一台终端签收。</source>
        <translation>Transfer slip {transfer_no} was just signed for at another terminal.</translation>
    </message>
    <message>
        <source>流转单 {transfer_no} 已于{when:%m月%d日 %H:%M}由 {staff_name} 在{point_name}签收，不能重复签收。</source>
        <translation>Transfer slip {transfer_no} was already signed for by {staff_name} at {point_name} on {when:%m月%d日 %H:%M}; it cannot be signed for again.</translation>
    </message>
    <message>
        <source>流转单 {transfer_no} 已在本站（{point_name}），自{astimezone:%m月%d日 %H:%M}起。</source>
        <translation>Transfer slip {transfer_no} has been at this station ({point_name}) since {astimezone:%m月%d日 %H:%M}.</translation>
    </message>
    <message>
        <source>流转单 {transfer_no} 送往另一个政务服务中心（{hall_code}）。</source>
        <translation>Transfer slip {transfer_no} is addressed to another government service centre ({hall_code}).</translation>
    </message>
    <message>
        <source>流转单二维码内容无效：中心“{hall}”与流转单号“{transfer_no}”须为大写。</source>
        <translation>Invalid transfer slip QR code content: the centre &quot;{hall}&quot; and the transfer slip number &quot;{transfer_no}&quot; must be in upper case.</translation>
    </message>
    <message>
        <source>流转单二维码无法识别：{why}。材料不受影响。</source>
        <translation>The transfer slip QR code cannot be read: {why}. The materials are not affected.</translation>
    </message>
    <message>
        <source>流转单二维码没有绑定流转单号。</source>
        <translation>The transfer slip QR code is not linked to a transfer slip number.</translation>
    </message>
    <message>
        <source>流转单只能送往本站所属的县政务服务中心。</source>
        <translation>A transfer slip can only be sent to the county government service centre this station belongs to.</translation>
    </message>
    <message>
        <source>流转单号 {transfer_no} 已存在。</source>
        <translation>Transfer slip number {transfer_no} already exists.</translation>
    </message>
    <message>
        <source>流转单号“{text}”有误：{problem}。</source>
        <translation>Transfer slip number &quot;{text}&quot; is wrong: {problem}.</translation>
    </message>
    <message>
        <source>流转单日序号须为1-9999，现为{seq}。</source>
        <translation>The daily sequence number of a transfer slip must be 1-9999; it is {seq}.</translation>
    </message>
    <message>
        <source>流转单没有流转路线。</source>
        <translation>The transfer slip has no route.</translation>
    </message>
    <message>
        <source>流转单没有随单材料。</source>
        <translation>The transfer slip has no accompanying materials.</translation>
    </message>
    <message>
        <source>特别程序只在受理后、办结前进行。</source>
        <translation>Special procedures only take place after a case is accepted and before it is completed.</translation>
    </message>
    <message>
        <source>环境变量 {font_env} 指定的字体“{value}”无法打开或不含中文字形。</source>
        <translation>The font &quot;{value}&quot; set by the environment variable {font_env} cannot be opened or has no Chinese glyphs.</translation>
    </message>
    <message>
        <source>现在可以在自助机查询办事指南、查询办件进度、办理自助事项。</source>
        <translation>You can now use the kiosk to look up service guides, check case progress and use self-service items.</translation>
    </message>
    <message>
        <source>现在连不上省平台，共享数据暂时无法调取。</source>
        <translation>The provincial platform cannot be reached right now, so shared data cannot be retrieved for the moment.</translation>
    </message>
    <message>
        <source>现在连不上省平台，电子证照暂时无法核验。</source>
        <translation>The provincial platform cannot be reached right now, so e-licences cannot be verified for the moment.</translation>
    </message>
    <message>
        <source>用 00:00 到 23:59。</source>
        <translation>Use 00:00 to 23:59.</translation>
    </message>
    <message>
        <source>用 espeak-ng --voices=zh 查看，配置 tts_voice。</source>
        <translation>Run espeak-ng --voices=zh to see the voices, then set tts_voice.</translation>
    </message>
    <message>
        <source>用 lsusb 查看打印机的 ID。</source>
        <translation>Run lsusb to find the printer&apos;s ID.</translation>
    </message>
    <message>
        <source>用 lsusb 查看，如 0416:5011。</source>
        <translation>Run lsusb to find it, e.g. 0416:5011.</translation>
    </message>
    <message>
        <source>用 {number} 和 {window} 作为占位符。</source>
        <translation>Use {number} and {window} as placeholders.</translation>
    </message>
    <message>
        <source>用创建这份备份时的口令（配置 [backup] passphrase_file 指向的文件）。</source>
        <translation>Use the passphrase that was used when this backup was created (the file that [backup] passphrase_file points to).</translation>
    </message>
    <message>
        <source>用小写字母开头、只含小写字母数字和下划线，最长31个字符。</source>
        <translation>Start with a lower-case letter and use only lower-case letters, digits and underscores, up to 31 characters.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>用更新版本的 Yimen 打开。</source>
        <translation>Open it with a newer version of Yimen.</translation>
    </message>
    <message>
        <source>由响应的工作人员首问负责；无需重复登记。</source>
        <translation>The staff member who responded is the first-contact person in charge; no need to register it again.</translation>
    </message>
    <message>
        <source>申请人姓名（名称）不能为空。</source>
        <translation>The applicant&apos;s name (or organisation name) cannot be empty.</translation>
    </message>
    <message>
        <source>电子证照已被发证机关注销</source>
        <translation>The e-licence has been cancelled by the issuing authority</translation>
    </message>
    <message>
        <source>电子证照已过有效期</source>
        <translation>The e-licence has expired</translation>
    </message>
    <message>
        <source>电子证照未通过核验</source>
        <translation>The e-licence failed verification</translation>
    </message>
    <message>
        <source>电子证照码无效或被篡改，不能作为材料</source>
        <translation>The e-licence code is invalid or has been tampered with and cannot be used as a material</translation>
    </message>
    <message>
        <source>电子证照签章“{seal}”须为16位十六进制数字。</source>
        <translation>The e-licence seal &quot;{seal}&quot; must be 16 hexadecimal digits.</translation>
    </message>
    <message>
        <source>电子证照编号“{licence_no}”格式无效。</source>
        <translation>The e-licence number &quot;{licence_no}&quot; has an invalid format.</translation>
    </message>
    <message>
        <source>电子证照验证失败：证照码无效或被篡改</source>
        <translation>E-licence verification failed: the licence code is invalid or has been tampered with</translation>
    </message>
    <message>
        <source>留了电话但没有身份信息。</source>
        <translation>A phone number was left but no identity information.</translation>
    </message>
    <message>
        <source>登录名“{username}”不可用。</source>
        <translation>The login &quot;{username}&quot; is not available.</translation>
    </message>
    <message>
        <source>登录名用1-32位字母、数字、点、下划线或短横线，如 zhangsan01。</source>
        <translation>A login has 1-32 letters, digits, dots, underscores or hyphens, e.g. zhangsan01.</translation>
    </message>
    <message>
        <source>登记类别“{kind}”无效。</source>
        <translation>Invalid registration type &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>目录中 {kind} {code} 出现了两次。</source>
        <translation>{kind} {code} appears twice in the catalogue.</translation>
    </message>
    <message>
        <source>目录内容与当前版本 {version} 不同，但版本号没有改（改 {n_changed} 条，增 {n_added} 条，删 {n_removed} 条）。</source>
        <translation>The catalogue content differs from the current version {version}, but the version number has not changed ({n_changed} changed, {n_added} added, {n_removed} removed).</translation>
    </message>
    <message>
        <source>目录在下载增量期间又发布了新版本，将重新同步。</source>
        <translation>A new catalogue version was published while the update was downloading; it will sync again.</translation>
    </message>
    <message>
        <source>目录增量中 {kind} {code} 的文档缺失或编码不符。</source>
        <translation>In the catalogue update, the document for {kind} {code} is missing or its code does not match.</translation>
    </message>
    <message>
        <source>目录增量提前结束。</source>
        <translation>The catalogue update ended early.</translation>
    </message>
    <message>
        <source>目录文档类型“{kind}”无效（{code}）。</source>
        <translation>Invalid catalogue document type &quot;{kind}&quot; ({code}).</translation>
    </message>
    <message>
        <source>目录文档缺少编码。</source>
        <translation>A catalogue document is missing its code.</translation>
    </message>
    <message>
        <source>目录版本 {version} 在第 {got} 条处提前结束。</source>
        <translation>Catalogue version {version} ended early at entry {got}.</translation>
    </message>
    <message>
        <source>目录版本 {version} 的文档总数前后不一致（{total} ≠ {document_count}）。</source>
        <translation>The total number of documents in catalogue version {version} is inconsistent ({total} ≠ {document_count}).</translation>
    </message>
    <message>
        <source>省平台拒绝了本终端的身份验证：{message}（{code}）</source>
        <translation>The provincial platform rejected this terminal&apos;s authentication: {message} ({code})</translation>
    </message>
    <message>
        <source>省平台拒绝了请求：{message}（{code}）</source>
        <translation>The provincial platform rejected the request: {message} ({code})</translation>
    </message>
    <message>
        <source>省平台暂时不可用（HTTP {status}）。</source>
        <translation>The provincial platform is temporarily unavailable (HTTP {status}).</translation>
    </message>
    <message>
        <source>省平台的答复传输过慢，已中止。</source>
        <translation>The provincial platform&apos;s reply was too slow and was stopped.</translation>
    </message>
    <message>
        <source>省平台的答复超过上限 {cap} 字节，已中止读取。</source>
        <translation>The provincial platform&apos;s reply exceeded the limit of {cap} bytes; reading was stopped.</translation>
    </message>
    <message>
        <source>省平台的答复过大（{declared} 字节，上限 {cap}）。</source>
        <translation>The provincial platform&apos;s reply is too large ({declared} bytes, limit {cap}).</translation>
    </message>
    <message>
        <source>省平台答复不是有效的 JSON。</source>
        <translation>The provincial platform&apos;s reply is not valid JSON.</translation>
    </message>
    <message>
        <source>省平台答复的压缩数据损坏。</source>
        <translation>The compressed data in the provincial platform&apos;s reply is corrupted.</translation>
    </message>
    <message>
        <source>省平台答复的格式不符合协议：{where}: {first}</source>
        <translation>The provincial platform&apos;s reply does not follow the protocol: {where}: {first}</translation>
    </message>
    <message>
        <source>省平台答复的签名不正确，答复已丢弃。</source>
        <translation>The provincial platform&apos;s reply has an incorrect signature; the reply was discarded.</translation>
    </message>
    <message>
        <source>省平台返回了非 JSON 内容（{value}）。</source>
        <translation>The provincial platform returned non-JSON content ({value}).</translation>
    </message>
    <message>
        <source>确认 store.key_file 指向本数据库对应的密钥文件；否则从备份恢复数据。</source>
        <translation>Make sure store.key_file points to the key file for this database; otherwise restore the data from a backup.</translation>
    </message>
    <message>
        <source>确认不再需要它（先 `yimen keys export` 导出保存）后加 --replace。</source>
        <translation>Once you are sure it is no longer needed (export and save it first with `yimen keys export`), add --replace.</translation>
    </message>
    <message>
        <source>确认纸卷已装好并压紧上盖。</source>
        <translation>Make sure the paper roll is loaded and the top cover is pressed shut.</translation>
    </message>
    <message>
        <source>示例：tcp://192.168.1.50:9100、serial:///dev/ttyS0?baudrate=19200、usb://0416:5011、file:///dev/usb/lp0</source>
        <translation>Examples: tcp://192.168.1.50:9100, serial:///dev/ttyS0?baudrate=19200, usb://0416:5011, file:///dev/usb/lp0</translation>
    </message>
    <message>
        <source>移交必须落到具体的人。</source>
        <translation>A handover must go to a specific person.</translation>
    </message>
    <message>
        <source>程序错误：请使用带时区的时间，例如 datetime.now(UTC)。</source>
        <translation>Program error: use a time with a time zone, e.g. datetime.now(UTC).</translation>
    </message>
    <message>
        <source>稍后会自动重试。</source>
        <translation>It will retry automatically later.</translation>
    </message>
    <message>
        <source>稍后会重新下载；当前目录继续使用。</source>
        <translation>It will be downloaded again later; the current catalogue stays in use.</translation>
    </message>
    <message>
        <source>稍后会重试；若持续出现请联系平台运维。</source>
        <translation>It will retry later; if this keeps happening, contact the platform&apos;s operations team.</translation>
    </message>
    <message>
        <source>稍后重试；如持续出现，检查数据库服务、磁盘空间和网络。</source>
        <translation>Try again later; if this keeps happening, check the database service, disk space and network.</translation>
    </message>
    <message>
        <source>稍后重试；如持续出现，请重启本终端程序。</source>
        <translation>Try again later; if this keeps happening, restart this terminal&apos;s program.</translation>
    </message>
    <message>
        <source>窗口办理结束后，扫描凭条上的二维码即可评价。</source>
        <translation>After your business at the window is done, scan the QR code on the receipt to give a rating.</translation>
    </message>
    <message>
        <source>窗口号 {number} 无效。</source>
        <translation>Invalid window number {number}.</translation>
    </message>
    <message>
        <source>窗口号为1-999。</source>
        <translation>Window numbers are 1-999.</translation>
    </message>
    <message>
        <source>窗口照常受理，请取号到窗口办理。</source>
        <translation>The windows are accepting cases as usual; please take a ticket and go to a window.</translation>
    </message>
    <message>
        <source>窗口类型“{kind}”无效。</source>
        <translation>Invalid window type &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>窗口至少要能叫一个业务类别。</source>
        <translation>A window must be able to call at least one category.</translation>
    </message>
    <message>
        <source>等候人数不能为负数（{waiting_ahead}）。</source>
        <translation>The number of people waiting cannot be negative ({waiting_ahead}).</translation>
    </message>
    <message>
        <source>等候区只能是“{general_zone}”或“{consulting_zone}”（shared.services.waiting_places）。</source>
        <translation>The waiting area can only be &quot;{general_zone}&quot; or &quot;{consulting_zone}&quot; (shared.services.waiting_places).</translation>
    </message>
    <message>
        <source>等级为1（非常不满意）到5（非常满意）。</source>
        <translation>Levels range from 1 (very dissatisfied) to 5 (very satisfied).</translation>
    </message>
    <message>
        <source>答复没有平台签名（HTTP {status}），可能来自网络设备而非省平台。</source>
        <translation>The reply has no platform signature (HTTP {status}); it may come from a network device rather than the provincial platform.</translation>
    </message>
    <message>
        <source>终端清单有误：{problems}</source>
        <translation>The terminal list has errors: {problems}</translation>
    </message>
    <message>
        <source>终端编号“{terminal_id}”无法用于办件编号（需含1-999的数字）。</source>
        <translation>Terminal ID &quot;{terminal_id}&quot; cannot be used in a case number (it must contain a number from 1 to 999).</translation>
    </message>
    <message>
        <source>终端编号须为0-999，日序号须为1-9999。</source>
        <translation>The terminal number must be 0-999 and the daily sequence number 1-9999.</translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <source>统一社会信用代码为空。</source>
        <translation>The unified social credit code is empty.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，现为{n_code}位。</source>
        <translation>The unified social credit code should have 18 characters; it has {n_code}.</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位错误，校验位应为{expected}。</source>
        <translation>The check character of the unified social credit code is wrong; it should be {expected}.</translation>
    </message>
    <message>
        <source>统一社会信用代码第3-8位应为登记机关的行政区划代码（6位数字），现为“{code}”。</source>
        <translation>Characters 3-8 of the unified social credit code should be the region code of the registration authority (6 digits); they are &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>统一社会信用代码第{pos}位“{ch}”不是允许的字符{note}。</source>
        <translation>Character {pos} of the unified social credit code, &quot;{ch}&quot;, is not an allowed character{note}.</translation>
    </message>
    <message>
        <source>统计区间超过{max_period_days}天。</source>
        <translation>The reporting period is longer than {max_period_days} days.</translation>
    </message>
    <message>
        <source>缩进 {indent} 列超出范围 0–{value}。</source>
        <translation>Indent {indent} is out of range 0–{value}.</translation>
    </message>
    <message>
        <source>网络中断，现在查不了省平台的信息。</source>
        <translation>The network is down, so information cannot be looked up on the provincial platform right now.</translation>
    </message>
    <message>
        <source>网络恢复后会自动重试。</source>
        <translation>It will retry automatically when the network is back.</translation>
    </message>
    <message>
        <source>网络打印机未设置IP地址。</source>
        <translation>No IP address is set for the network printer.</translation>
    </message>
    <message>
        <source>联网后自动调取。</source>
        <translation>It will be retrieved automatically once online.</translation>
    </message>
    <message>
        <source>自助机不能收取纸质材料：{paper}。</source>
        <translation>The kiosk cannot take paper materials: {paper}.</translation>
    </message>
    <message>
        <source>自助机只能查看自己发出的求助；请在柜台查看全部求助。</source>
        <translation>The kiosk can only view the help requests it sent; please view all help requests at the counter.</translation>
    </message>
    <message>
        <source>至少 10 秒，例如 every 15m。</source>
        <translation>At least 10 seconds, e.g. every 15m.</translation>
    </message>
    <message>
        <source>至少 {min_passphrase} 个字符，例如四五个不相关的词；口令与备份分开保管。</source>
        <translation>At least {min_passphrase} characters, e.g. four or five unrelated words; keep the passphrase separate from the backups.</translation>
    </message>
    <message>
        <source>至少登记一项缺少或不符合要求的材料。</source>
        <translation>Register at least one material that is missing or does not meet the requirements.</translation>
    </message>
    <message>
        <source>节假日日历没有{year}年的安排（已覆盖 {covered_from:%Y-%m-%d} 至 {covered_until:%Y-%m-%d}），无法按工作日计算期限。</source>
        <translation>The holiday calendar has no schedule for {year} (it covers {covered_from:%Y-%m-%d} to {covered_until:%Y-%m-%d}), so deadlines cannot be counted in working days.</translation>
    </message>
    <message>
        <source>行政区划代码“{code}”不是云南省的代码（{provinces}）。</source>
        <translation>Region code &quot;{code}&quot; is not a Yunnan Province code ({provinces}).</translation>
    </message>
    <message>
        <source>行政区划代码“{code}”只能包含数字。</source>
        <translation>Region code &quot;{code}&quot; can only contain digits.</translation>
    </message>
    <message>
        <source>行政区划代码“{code}”的前两位“{province}”不是省级行政区划代码。</source>
        <translation>The first two digits &quot;{province}&quot; of region code &quot;{code}&quot; are not a province-level region code.</translation>
    </message>
    <message>
        <source>行政区划代码“{code}”的第3-4位为00，第5-6位也必须为00。</source>
        <translation>In region code &quot;{code}&quot;, digits 3-4 are 00, so digits 5-6 must also be 00.</translation>
    </message>
    <message>
        <source>行政区划代码“{digits}”的前两位不是省级行政区划代码。</source>
        <translation>The first two digits of region code &quot;{digits}&quot; are not a province-level region code.</translation>
    </message>
    <message>
        <source>行政区划代码为空。</source>
        <translation>The region code is empty.</translation>
    </message>
    <message>
        <source>行政区划代码应为6位数字（也接受2、4或12位），现为{n_code}位。</source>
        <translation>The region code should be 6 digits (2, 4 or 12 are also accepted); it has {n_code}.</translation>
    </message>
    <message>
        <source>补交材料时请选择实际收取方式。</source>
        <translation>When taking supplementary materials, please select how they were actually received.</translation>
    </message>
    <message>
        <source>补全该项后重新打印。</source>
        <translation>Fill in this item and print again.</translation>
    </message>
    <message>
        <source>补正中的办件请在收到补正材料时登记。</source>
        <translation>For a case awaiting supplement, register the supplementary materials when you receive them.</translation>
    </message>
    <message>
        <source>见 offline_store/sync/adapter.py 的 PlatformAdapter。</source>
        <translation>See PlatformAdapter in offline_store/sync/adapter.py.</translation>
    </message>
    <message>
        <source>角色“{role}”不可用于工作人员账号。</source>
        <translation>Role &quot;{role}&quot; cannot be used for a staff account.</translation>
    </message>
    <message>
        <source>角色前缀“{prefix}”无效。</source>
        <translation>Invalid role prefix &quot;{prefix}&quot;.</translation>
    </message>
    <message>
        <source>解码器（{names}）读不出中文测试码。</source>
        <translation>The decoder ({names}) cannot read the Chinese test code.</translation>
    </message>
    <message>
        <source>计算校验位需要统一社会信用代码的前17位（数字或除I、O、Z、S、V外的大写字母）。</source>
        <translation>Computing the check character needs the first 17 characters of the unified social credit code (digits or upper-case letters other than I, O, Z, S and V).</translation>
    </message>
    <message>
        <source>计算校验位需要身份证号码的前17位数字。</source>
        <translation>Computing the check digit needs the first 17 digits of the ID number.</translation>
    </message>
    <message>
        <source>设备未就绪：{refusal}。</source>
        <translation>Device not ready: {refusal}.</translation>
    </message>
    <message>
        <source>证件信息无效：{what}</source>
        <translation>Invalid ID document information: {what}</translation>
    </message>
    <message>
        <source>证件号码须按“前6位+后4位”脱敏后再传入模板。</source>
        <translation>ID numbers must be masked to &quot;first 6 + last 4 digits&quot; before being passed to the template.</translation>
    </message>
    <message>
        <source>{category_name}窗口现在不办理：{description}。</source>
        <translation>The {category_name} window is not serving now: {description}.</translation>
    </message>
    <message>
        <source>{description} 在系统中找不到或打印服务未运行。</source>
        <translation>{description} cannot be found on the system, or the print service is not running.</translation>
    </message>
    <message>
        <source>{description} 无法打开。</source>
        <translation>{description} cannot be opened.</translation>
    </message>
    <message>
        <source>{description} 无法连接，请检查打印机电源和连线后点击重新打印。</source>
        <translation>Cannot connect to {description}. Please check the printer&apos;s power and cables, then tap Reprint.</translation>
    </message>
    <message>
        <source>{description} 连接中断。</source>
        <translation>The connection to {description} was lost.</translation>
    </message>
    <message>
        <source>{description}。</source>
        <translation>{description}.</translation>
    </message>
    <message>
        <source>{name} 的数据库结构 {schema} 与文件头 {value} 不符。</source>
        <translation>The database schema {schema} of {name} does not match the file header {value}.</translation>
    </message>
    <message>
        <source>{name} 解开后不是有效的 SQLite 数据库：{error}</source>
        <translation>{name} is not a valid SQLite database after unpacking: {error}</translation>
    </message>
    <message>
        <source>{name}（{value}）不能暂停服务。</source>
        <translation>{name} ({value}) cannot suspend service.</translation>
    </message>
    <message>
        <source>{path} 不完整（文件头被截断）。</source>
        <translation>{path} is incomplete (the file header is truncated).</translation>
    </message>
    <message>
        <source>{path} 不是 Yimen 的加密备份文件。</source>
        <translation>{path} is not an encrypted Yimen backup file.</translation>
    </message>
    <message>
        <source>{path} 的文件头已损坏。</source>
        <translation>The file header of {path} is damaged.</translation>
    </message>
    <message>
        <source>{path} 的文件头长度异常（{size} 字节）。</source>
        <translation>The file header of {path} has an abnormal length ({size} bytes).</translation>
    </message>
    <message>
        <source>{path} 的格式 {value!r} 不受支持。</source>
        <translation>The format {value!r} of {path} is not supported.</translation>
    </message>
    <message>
        <source>{source} 不是导出的密钥文件（是 {value!r}）。</source>
        <translation>{source} is not an exported key file (it is {value!r}).</translation>
    </message>
    <message>
        <source>{tool} {args} 失败：{text}</source>
        <translation>{tool} {args} failed: {text}</translation>
    </message>
    <message>
        <source>{value}没有“{permission_labels}”的权限。</source>
        <translation>{value} does not have the &quot;{permission_labels}&quot; permission.</translation>
    </message>
    <message>
        <source>{year}年的日历数据中含有其他年份的日期：{when}。</source>
        <translation>The calendar data for {year} contains dates from other years: {when}.</translation>
    </message>
    <message>
        <source>“办不成事”反映已{state}，不能再改为{target_state}。</source>
        <translation>The &quot;couldn&apos;t get it done&quot; report is already {state} and cannot be changed to {target_state}.</translation>
    </message>
    <message>
        <source>“办不成事”反映当前为{state}，不能直接改为{target_state}。</source>
        <translation>The &quot;couldn&apos;t get it done&quot; report is currently {state} and cannot be changed directly to {target_state}.</translation>
    </message>
    <message>
        <source>不认识的密钥派生方法 {value!r}。</source>
        <translation>Unknown key derivation method {value!r}.</translation>
    </message>
    <message>
        <source>个人信息密钥文件不存在：{path}</source>
        <translation>Personal information key file does not exist: {path}</translation>
    </message>
    <message>
        <source>以 Yimen 服务的用户运行，或执行 chown 把 {path} 交给该用户。</source>
        <translation>Run as the user of the Yimen service, or use chown to give {path} to that user.</translation>
    </message>
    <message>
        <source>办件 {case_no} 现在是“{state}”，不在补正中。</source>
        <translation>Case {case_no} is now &quot;{state}&quot; and is not awaiting supplement.</translation>
    </message>
    <message>
        <source>办件 {case_no} 现在是“{state}”，不能开始特别程序。</source>
        <translation>Case {case_no} is now &quot;{state}&quot;; a special procedure cannot be started.</translation>
    </message>
    <message>
        <source>办件已{state}，不能再改为{target_state}。</source>
        <translation>The case is already {state} and cannot be changed to {target_state}.</translation>
    </message>
    <message>
        <source>办件当前为{state}，不能直接改为{target_state}。</source>
        <translation>The case is currently {state} and cannot be changed directly to {target_state}.</translation>
    </message>
    <message>
        <source>叫号语音模板“{template}”格式错误：{error}</source>
        <translation>Call announcement template &quot;{template}&quot; has a format error: {error}</translation>
    </message>
    <message>
        <source>号票当前为{state}，不能改为{target_state}。</source>
        <translation>The ticket is currently {state} and cannot be changed to {target_state}.</translation>
    </message>
    <message>
        <source>向{description} 发送打印数据时中断，打印任务已保留，请检查打印机后点击重新打印。</source>
        <translation>Sending print data to {description} was interrupted; the print job has been kept. Please check the printer, then tap Reprint.</translation>
    </message>
    <message>
        <source>在“设备和打印机”中确认打印机名称与配置 printer_name 一致，并启动 Print Spooler 服务（{error}）。</source>
        <translation>In &quot;Devices and Printers&quot;, check that the printer name matches the printer_name setting, and start the Print Spooler service ({error}).</translation>
    </message>
    <message>
        <source>备份口令文件权限过宽 ({mode:04o}): {path}</source>
        <translation>Backup passphrase file permissions are too open ({mode:04o}): {path}</translation>
    </message>
    <message>
        <source>字段 {field} 无法解密（密钥不符或数据被改动）。</source>
        <translation>Field {field} cannot be decrypted (wrong key or the data was altered).</translation>
    </message>
    <message>
        <source>字段 {field} 的密文格式无法识别。</source>
        <translation>The ciphertext format of field {field} is not recognised.</translation>
    </message>
    <message>
        <source>字段 {field} 解密后不是有效文本。</source>
        <translation>Field {field} is not valid text after decryption.</translation>
    </message>
    <message>
        <source>安装标记文件 {marker} 已损坏：{error}</source>
        <translation>Install marker file {marker} is damaged: {error}</translation>
    </message>
    <message>
        <source>密钥文件已存在：{path}</source>
        <translation>Key file already exists: {path}</translation>
    </message>
    <message>
        <source>密钥文件权限过宽 ({mode:04o})，其他用户可以读取：{path}</source>
        <translation>Key file permissions are too open ({mode:04o}); other users can read it: {path}</translation>
    </message>
    <message>
        <source>密钥文件权限过宽：{problem}: {path}</source>
        <translation>Key file permissions are too open: {problem}: {path}</translation>
    </message>
    <message>
        <source>密钥文件长度为 {n_key} 字节，应为 {key_size} 字节：{path}</source>
        <translation>The key file is {n_key} bytes long; it should be {key_size} bytes: {path}</translation>
    </message>
    <message>
        <source>密钥路径不是普通文件：{path}</source>
        <translation>The key path is not a regular file: {path}</translation>
    </message>
    <message>
        <source>打印服务 cupsd 启动失败：{text}</source>
        <translation>The print service cupsd failed to start: {text}</translation>
    </message>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>数据与已存记录冲突：{error}</source>
        <translation>The data conflicts with a stored record: {error}</translation>
    </message>
    <message>
        <source>数据库暂时不可用：{error}</source>
        <translation>The database is temporarily unavailable: {error}</translation>
    </message>
    <message>
        <source>数据库错误：{error}</source>
        <translation>Database error: {error}</translation>
    </message>
    <message>
        <source>无权读取密钥文件：{path}</source>
        <translation>No permission to read the key file: {path}</translation>
    </message>
    <message>
        <source>无法打开数据库 {url}: {error}</source>
        <translation>Cannot open database {url}: {error}</translation>
    </message>
    <message>
        <source>时间 {when} 没有时区，不能存储。</source>
        <translation>Time {when} has no time zone and cannot be stored.</translation>
    </message>
    <message>
        <source>本终端不能以其他终端的名义写入：{error}</source>
        <translation>This terminal cannot write in the name of another terminal: {error}</translation>
    </message>
    <message>
        <source>流转单二维码内容无效：{error}。</source>
        <translation>Invalid transfer slip QR code content: {error}.</translation>
    </message>
    <message>
        <source>终端清单 {path} 不是有效的 TOML: {error}</source>
        <translation>Terminal list {path} is not valid TOML: {error}</translation>
    </message>
    <message>
        <source>终端清单 {path} 中没有 [[terminal]]。</source>
        <translation>Terminal list {path} has no [[terminal]].</translation>
    </message>
    <message>
        <source>终端清单 {path} 第{i}个 [[terminal]] 有误：{error}</source>
        <translation>Terminal list {path}: [[terminal]] number {i} is wrong: {error}</translation>
    </message>
    <message>
        <source>终端清单文件不存在：{path}</source>
        <translation>Terminal list file not found: {path}</translation>
    </message>
    <message>
        <source>评价二维码内容无效：{error}。</source>
        <translation>Invalid rating QR code content: {error}.</translation>
    </message>
    <message>
        <source>评价二维码内容无效：类型“{kind}”须为 case 或 ticket，编号须为大写。</source>
        <translation>Invalid rating QR code content: the type &quot;{kind}&quot; must be case or ticket, and the number must be in upper case.</translation>
    </message>
    <message>
        <source>评价二维码没有绑定本次办件编号。</source>
        <translation>The rating QR code is not linked to this case number.</translation>
    </message>
    <message>
        <source>评价对象类型“{target_kind}”无效，应为 case 或 ticket。</source>
        <translation>Invalid rating target type &quot;{target_kind}&quot;; it should be case or ticket.</translation>
    </message>
    <message>
        <source>评价意见过长（{n_comment}字）。</source>
        <translation>The review comment is too long ({n_comment} characters).</translation>
    </message>
    <message>
        <source>评价期内申请人仍可自主评价。</source>
        <translation>The applicant can still give a rating on their own during the rating period.</translation>
    </message>
    <message>
        <source>评价没有关联办件编号。</source>
        <translation>The rating is not linked to a case number.</translation>
    </message>
    <message>
        <source>评价等级“{level!r}”无效。</source>
        <translation>Invalid rating level &quot;{level!r}&quot;.</translation>
    </message>
    <message>
        <source>评价等级须为1-5，得到 {level}。</source>
        <translation>The rating level must be 1-5; got {level}.</translation>
    </message>
    <message>
        <source>评价链接中应包含 {ref}。</source>
        <translation>The rating link should contain {ref}.</translation>
    </message>
    <message>
        <source>该事项公布的特别程序：{published}（行政许可法第45条：只有公布的特别程序不计入时限）。</source>
        <translation>Special procedures published for this service item: {published} (Article 45 of the Administrative Licensing Law: only published special procedures are excluded from the time limit).</translation>
    </message>
    <message>
        <source>该差评已有整改跟踪记录。</source>
        <translation>This bad review already has a follow-up record.</translation>
    </message>
    <message>
        <source>该操作只能由系统执行。</source>
        <translation>This operation can only be performed by the system.</translation>
    </message>
    <message>
        <source>该整改记录已经办结。</source>
        <translation>This follow-up record is already completed.</translation>
    </message>
    <message>
        <source>该文件已损坏或不是 Yimen 的密钥，请从备份恢复。</source>
        <translation>This file is corrupted or is not a Yimen key; please restore it from a backup.</translation>
    </message>
    <message>
        <source>该次服务已经评价过，每次服务只能评价一次。</source>
        <translation>This service has already been rated; each service can only be rated once.</translation>
    </message>
    <message>
        <source>该求助已由 {acknowledged_by} 响应。</source>
        <translation>This help request has already been answered by {acknowledged_by}.</translation>
    </message>
    <message>
        <source>语音播报超时。</source>
        <translation>The voice announcement timed out.</translation>
    </message>
    <message>
        <source>语音无法播放：{reason}</source>
        <translation>The voice cannot be played: {reason}</translation>
    </message>
    <message>
        <source>请不要签收：把材料退回交件人，按流转单上的路线送达。</source>
        <translation>Do not sign for it: return the materials to the person who handed them over and deliver them along the route on the transfer slip.</translation>
    </message>
    <message>
        <source>请不要签收：把材料送往路线上的下一站。</source>
        <translation>Do not sign for it: send the materials on to the next station on the route.</translation>
    </message>
    <message>
        <source>请从申请人本人的历史办件中选择可复用的材料。</source>
        <translation>Please select reusable materials from the applicant&apos;s own past cases.</translation>
    </message>
    <message>
        <source>请使用实施编码指定办理机构。</source>
        <translation>Please use the implementation code to specify the handling authority.</translation>
    </message>
    <message>
        <source>请使用电子证照、数据共享或告知承诺。</source>
        <translation>Please use e-licences, data sharing or the notification-and-commitment option.</translation>
    </message>
    <message>
        <source>请使用第二代居民身份证上的18位号码。</source>
        <translation>Please use the 18-digit number on the second-generation resident ID card.</translation>
    </message>
    <message>
        <source>请先结束当前的暂停（补正材料收齐或特别程序结束），再开始新的。</source>
        <translation>Please first end the current pause (when the supplement materials are all received or the special procedure has finished), then start a new one.</translation>
    </message>
    <message>
        <source>请再点一次登记（会取下一个号）。</source>
        <translation>Please tap Register once more (this takes the next ticket).</translation>
    </message>
    <message>
        <source>请再点一次（会取下一个号）。</source>
        <translation>Please tap once more (this takes the next ticket).</translation>
    </message>
    <message>
        <source>请写明核实情况和整改措施。</source>
        <translation>Please write down what was checked and the follow-up measures.</translation>
    </message>
    <message>
        <source>请写明群众咨询或反映的事项。</source>
        <translation>Please write down what the resident asked about or reported.</translation>
    </message>
    <message>
        <source>请写明解决结果哪里不到位。</source>
        <translation>Please write down where the resolution fell short.</translation>
    </message>
    <message>
        <source>请出具补正告知书（一次性告知），申请人补齐后受理（行政许可法第三十二条第一款第（四）项）。</source>
        <translation>Issue a supplement notice (one-time notice), and accept the case once the applicant has supplied everything (Article 32(1)(4) of the Administrative Licensing Law).</translation>
    </message>
    <message>
        <source>请出示对应的电子证照，或提交纸质材料。</source>
        <translation>Please show the matching e-licence, or submit the paper material.</translation>
    </message>
    <message>
        <source>请出示申请人本人的证照；替他人办理须另附授权委托书。</source>
        <translation>Please show the applicant&apos;s own licence; when applying for someone else, also attach a power of attorney.</translation>
    </message>
    <message>
        <source>请分两次设置。</source>
        <translation>Please set them in two separate steps.</translation>
    </message>
    <message>
        <source>请到取号的大厅评价，或扫描受理凭证上的二维码。</source>
        <translation>Please give your rating in the hall where you took the ticket, or scan the QR code on the acceptance receipt.</translation>
    </message>
    <message>
        <source>请刷新办件后再操作。</source>
        <translation>Please refresh the case, then try again.</translation>
    </message>
    <message>
        <source>请刷新待办列表。</source>
        <translation>Please refresh the to-do list.</translation>
    </message>
    <message>
        <source>请刷新排队列表后再操作。</source>
        <translation>Please refresh the queue list, then try again.</translation>
    </message>
    <message>
        <source>请勾选本窗口办理的业务类别。</source>
        <translation>Please tick the categories handled at this window.</translation>
    </message>
    <message>
        <source>请升级本机 Yimen 后再同步目录。</source>
        <translation>Please upgrade Yimen on this machine, then sync the catalogue again.</translation>
    </message>
    <message>
        <source>请取号到窗口办理。</source>
        <translation>Please take a ticket and go to a window.</translation>
    </message>
    <message>
        <source>请取普通号办理，或重新预约。</source>
        <translation>Please take a regular ticket, or book again.</translation>
    </message>
    <message>
        <source>请叫下一位。</source>
        <translation>Please call the next person.</translation>
    </message>
    <message>
        <source>请在办件列表中查看它的进度。</source>
        <translation>Please check its progress in the case list.</translation>
    </message>
    <message>
        <source>请在办件列表中查看它的进度，不要重复受理。</source>
        <translation>Please check its progress in the case list; do not accept it again.</translation>
    </message>
    <message>
        <source>请在手机上打开电子证照，出示证照二维码。</source>
        <translation>Please open the e-licence on your phone and show its QR code.</translation>
    </message>
    <message>
        <source>请在目录的 points 中登记本厅的网点（code 与配置 hall.code 相同）及其电话，再导入目录。</source>
        <translation>Please register this hall&apos;s service point (code the same as the setting hall.code) and its phone number in the catalogue&apos;s points, then import the catalogue again.</translation>
    </message>
    <message>
        <source>请在窗口直接受理：有代办人时读取代办人身份证，收取授权委托书。</source>
        <translation>Please accept it directly at the window: if there is an agent, read the agent&apos;s ID card and collect the power of attorney.</translation>
    </message>
    <message>
        <source>请在自助机首页点“查询打印”，刷身份证后当场打印。</source>
        <translation>On the kiosk&apos;s home screen, tap &quot;Query &amp; Print&quot;, swipe your ID card, and print it on the spot.</translation>
    </message>
    <message>
        <source>请在配置中把 terminal.id 设为如 T-0001。</source>
        <translation>Please set terminal.id in the configuration, e.g. T-0001.</translation>
    </message>
    <message>
        <source>请在预约当天来办理；今天要办可以取普通号。</source>
        <translation>Please come on the day of your booking; to do it today, you can take a regular ticket.</translation>
    </message>
    <message>
        <source>请填写6位行政区划代码，例如 532822。</source>
        <translation>Please enter the 6-digit region code, e.g. 532822.</translation>
    </message>
    <message>
        <source>请填写{what}。</source>
        <translation>Please fill in {what}.</translation>
    </message>
    <message>
        <source>请填写办理结果或答复意见。</source>
        <translation>Please fill in the result or the reply.</translation>
    </message>
    <message>
        <source>请填写工作人员姓名。</source>
        <translation>Please fill in the staff member&apos;s name.</translation>
    </message>
    <message>
        <source>请填写承诺补交的日期。</source>
        <translation>Please fill in the date by which the material will be supplied.</translation>
    </message>
    <message>
        <source>请填写有权办理的机关名称。</source>
        <translation>Please fill in the name of the authority that has power to handle it.</translation>
    </message>
    <message>
        <source>请填写核实结果和整改措施。</source>
        <translation>Please fill in the check result and the follow-up measures.</translation>
    </message>
    <message>
        <source>请填写详细地址，或改为窗口领取。</source>
        <translation>Please fill in the full address, or choose collection at the window instead.</translation>
    </message>
    <message>
        <source>请对照 sample_cards.yaml 修改</source>
        <translation>Please edit it following sample_cards.yaml</translation>
    </message>
    <message>
        <source>请对照 sample_cards.yaml 补全</source>
        <translation>Please complete it following sample_cards.yaml</translation>
    </message>
    <message>
        <source>请对照流转单逐位核对后重输。</source>
        <translation>Please check it digit by digit against the transfer slip and enter it again.</translation>
    </message>
    <message>
        <source>请引导群众到乡镇便民服务中心或县政务服务中心办理。</source>
        <translation>Please direct the resident to the township convenience service centre or the county government service centre.</translation>
    </message>
    <message>
        <source>请扫描或填写证照编号、查询编号或原办件编号。</source>
        <translation>Please scan or enter the licence number, query number or original case number.</translation>
    </message>
    <message>
        <source>请扫描或输入邮政单号。</source>
        <translation>Please scan or enter the postal tracking number.</translation>
    </message>
    <message>
        <source>请扫描流转单上的二维码，或输入流转单号。</source>
        <translation>Please scan the QR code on the transfer slip, or enter the transfer slip number.</translation>
    </message>
    <message>
        <source>请扫描窗口或凭证上的评价二维码，或输入办件编号。</source>
        <translation>Please scan the rating QR code at the window or on the receipt, or enter the case number.</translation>
    </message>
    <message>
        <source>请扫描证明上的二维码，或输入验真码。</source>
        <translation>Please scan the QR code on the certificate, or enter the verification code.</translation>
    </message>
    <message>
        <source>请把代办人本人的身份证放在读卡器上重读，或按证件逐位核对后重输。</source>
        <translation>Please put the agent&apos;s own ID card on the ID card reader and read it again, or check it digit by digit against the card and enter it again.</translation>
    </message>
    <message>
        <source>请把身份证放在读卡区，读卡成功后再查询。</source>
        <translation>Please put the ID card on the reading area, and query once the card has been read.</translation>
    </message>
    <message>
        <source>请指定目录数据所在的文件夹或单个 YAML/JSON 文件。</source>
        <translation>Please specify the folder holding the catalogue data, or a single YAML/JSON file.</translation>
    </message>
    <message>
        <source>请按流程转交后台审批。</source>
        <translation>Please pass it to back-office approval following the procedure.</translation>
    </message>
    <message>
        <source>请按清单收取纸质材料。</source>
        <translation>Please collect the paper materials according to the list.</translation>
    </message>
    <message>
        <source>请按清单逐条修正数据后重新导入；在全部修正之前，正在使用的目录保持不变。</source>
        <translation>Please fix the data item by item according to the list, then import again; until everything is fixed, the catalogue in use stays unchanged.</translation>
    </message>
    <message>
        <source>请换一个登录名。</source>
        <translation>Please choose a different login.</translation>
    </message>
    <message>
        <source>请控制在{max_comment_chars}字以内。</source>
        <translation>Please keep it within {max_comment_chars} characters.</translation>
    </message>
    <message>
        <source>请提交纸质原件。</source>
        <translation>Please submit the paper original.</translation>
    </message>
    <message>
        <source>请提交纸质材料。</source>
        <translation>Please submit the paper material.</translation>
    </message>
    <message>
        <source>请提供17位数字。</source>
        <translation>Please give 17 digits.</translation>
    </message>
    <message>
        <source>请收取该材料。</source>
        <translation>Please collect this material.</translation>
    </message>
    <message>
        <source>请改为登记补交。</source>
        <translation>Please register it as to be supplied later instead.</translation>
    </message>
    <message>
        <source>请本人持证查询，或到窗口办理。</source>
        <translation>Please query in person with your own ID card, or go to a window.</translation>
    </message>
    <message>
        <source>请核对事项编码，或用名称、拼音首字母搜索（如 hkqy 查户口迁移）；目录过旧时请先同步。</source>
        <translation>Please check the service item code, or search by name or pinyin initials (e.g. hkqy for household register transfer); if the catalogue is out of date, sync first.</translation>
    </message>
    <message>
        <source>请核对代码。</source>
        <translation>Please check the code.</translation>
    </message>
    <message>
        <source>请核对代码，例如西双版纳州为5328。</source>
        <translation>Please check the code, e.g. Xishuangbanna Prefecture is 5328.</translation>
    </message>
    <message>
        <source>请核对代码；云南省的代码以53开头。</source>
        <translation>Please check the code; codes in Yunnan Province start with 53.</translation>
    </message>
    <message>
        <source>请核对凭条，或输入受理凭证上的办件编号。</source>
        <translation>Please check the ticket slip, or enter the case number on the acceptance receipt.</translation>
    </message>
    <message>
        <source>请核对办件编号（20位数字）。</source>
        <translation>Please check the case number (20 digits).</translation>
    </message>
    <message>
        <source>请核对后重试；忘记密码请找大厅管理员重置。</source>
        <translation>Please check and try again; if you forgot your password, ask the hall manager to reset it.</translation>
    </message>
    <message>
        <source>请核对投诉编号。</source>
        <translation>Please check the complaint number.</translation>
    </message>
    <message>
        <source>请核对接手人的工号。</source>
        <translation>Please check the staff number of the person taking over.</translation>
    </message>
    <message>
        <source>请核对日期。</source>
        <translation>Please check the date.</translation>
    </message>
    <message>
        <source>请核对是否漏输或多输。</source>
        <translation>Please check whether a digit was left out or added.</translation>
    </message>
    <message>
        <source>请核对本机配置 terminal.point 与目录 points 中的网点编码。</source>
        <translation>Please check that the setting terminal.point on this machine matches a service point code in the catalogue&apos;s points.</translation>
    </message>
    <message>
        <source>请核对流转单号；流转单须由本中心所属的便民服务站打印。</source>
        <translation>Please check the transfer slip number; the transfer slip must be printed by a convenience service station belonging to this centre.</translation>
    </message>
    <message>
        <source>请核对特殊环节或补正的起止日期。</source>
        <translation>Please check the start and end dates of the special procedure or supplement.</translation>
    </message>
    <message>
        <source>请核对登录名，或请大厅管理员开通账号。</source>
        <translation>Please check the login, or ask the hall manager to open an account.</translation>
    </message>
    <message>
        <source>请核对登记号。</source>
        <translation>Please check the registration number.</translation>
    </message>
    <message>
        <source>请检查事项的办理时限配置。</source>
        <translation>Please check the time limit settings of the service item.</translation>
    </message>
    <message>
        <source>请检查办理时限和暂停计时区间。</source>
        <translation>Please check the time limit and the paused periods.</translation>
    </message>
    <message>
        <source>请检查字段长度和空格</source>
        <translation>Please check field lengths and spaces</translation>
    </message>
    <message>
        <source>请检查本机时钟。</source>
        <translation>Please check this machine&apos;s clock.</translation>
    </message>
    <message>
        <source>请检查本站在目录中的上级网点。</source>
        <translation>Please check this station&apos;s parent service point in the catalogue.</translation>
    </message>
    <message>
        <source>请检查目录 points 的 parent。</source>
        <translation>Please check the parent in the catalogue&apos;s points.</translation>
    </message>
    <message>
        <source>请检查缩进和引号</source>
        <translation>Please check indentation and quotes</translation>
    </message>
    <message>
        <source>请检查证件号码和日期</source>
        <translation>Please check the ID numbers and dates</translation>
    </message>
    <message>
        <source>请检查路径</source>
        <translation>Please check the path</translation>
    </message>
    <message>
        <source>请求省平台失败：{name}</source>
        <translation>Request to the provincial platform failed: {name}</translation>
    </message>
    <message>
        <source>请用 200 字以内说明，例如“更换打印纸”。</source>
        <translation>Please explain in 200 characters or fewer, e.g. &quot;Replacing printer paper&quot;.</translation>
    </message>
    <message>
        <source>请用 `yimen hours --json` 查看当前的暂停记录。</source>
        <translation>Use `yimen hours --json` to see the current pause records.</translation>
    </message>
    <message>
        <source>请用 `yimen hours` 查看窗口列表。</source>
        <translation>Use `yimen hours` to see the list of windows.</translation>
    </message>
    <message>
        <source>请用 `yimen terminals` 查看终端编号；终端开机后每隔几秒上报一次。</source>
        <translation>Use `yimen terminals` to see the terminal numbers; a terminal reports in every few seconds after it starts.</translation>
    </message>
    <message>
        <source>请用 make_complaint_no 生成编号。</source>
        <translation>Please use make_complaint_no to generate the number.</translation>
    </message>
    <message>
        <source>请用{reason_max}字以内说明，例如“午间交接”。</source>
        <translation>Please explain in {reason_max} characters or fewer, e.g. &quot;Midday handover&quot;.</translation>
    </message>
    <message>
        <source>请由{who}办理。</source>
        <translation>Please have {who} handle it.</translation>
    </message>
    <message>
        <source>请由另一位管理员操作。</source>
        <translation>Please have another manager do this.</translation>
    </message>
    <message>
        <source>请由该管理员在柜台“账号管理”中开通；忘记密码可运行 `yimen account reset 登录名`。</source>
        <translation>Please ask that manager to open it under &quot;Account management&quot; at the counter; for a forgotten password, run `yimen account reset LOGIN` (LOGIN = your login).</translation>
    </message>
    <message>
        <source>请申请人先办理换证，或提交有效的证件原件。</source>
        <translation>Please ask the applicant to renew the document first, or submit a valid original.</translation>
    </message>
    <message>
        <source>请申请人出示纸质原件，或到发证机关核实。</source>
        <translation>Please ask the applicant to show the paper original, or check with the issuing authority.</translation>
    </message>
    <message>
        <source>请申请人到发证机关了解原因，或提交有效的证件原件。</source>
        <translation>Please ask the applicant to find out the reason from the issuing authority, or submit a valid original.</translation>
    </message>
    <message>
        <source>请申请人到发证机关核实，或提交纸质原件。</source>
        <translation>Please ask the applicant to check with the issuing authority, or submit the paper original.</translation>
    </message>
    <message>
        <source>请申请人在手机上重新打开电子证照出示，或提交纸质原件。</source>
        <translation>Please ask the applicant to reopen the e-licence on their phone and show it, or submit the paper original.</translation>
    </message>
    <message>
        <source>请留意叫号，不必再取。</source>
        <translation>Please watch for your ticket to be called; no need to take another.</translation>
    </message>
    <message>
        <source>请留意叫号；如需办理其他业务，请选择其他类别。</source>
        <translation>Please watch for your ticket to be called; for other business, choose another category.</translation>
    </message>
    <message>
        <source>请登记收到的补正材料。</source>
        <translation>Please register the supplement materials received.</translation>
    </message>
    <message>
        <source>请直接受理，出具受理凭证。</source>
        <translation>Please accept it directly and issue an acceptance receipt.</translation>
    </message>
    <message>
        <source>请移交给窗口人员、首席事务代表、帮办代办员或大厅管理员。</source>
        <translation>Please hand it over to a clerk, the chief service representative, a helper, or the hall manager.</translation>
    </message>
    <message>
        <source>请等平台反馈办结后再出件。</source>
        <translation>Please wait until the platform reports the case complete before releasing the result.</translation>
    </message>
    <message>
        <source>请简要写明不满意之处。</source>
        <translation>Please briefly describe what you were not satisfied with.</translation>
    </message>
    <message>
        <source>请简要记录申请人想办什么、卡在哪里。</source>
        <translation>Please briefly note what the applicant wants to do and where they got stuck.</translation>
    </message>
    <message>
        <source>请管理员在配置中设置 terminal.window_no。</source>
        <translation>Please ask the manager to set terminal.window_no in the configuration.</translation>
    </message>
    <message>
        <source>请精简到{note_max}字以内。</source>
        <translation>Please shorten it to {note_max} characters or fewer.</translation>
    </message>
    <message>
        <source>请精简到{summary_max}字以内，详细材料另附。</source>
        <translation>Please shorten it to {summary_max} characters or fewer, and attach details separately.</translation>
    </message>
    <message>
        <source>请给 1 到 {max_list} 之间的数，如 --limit 50。</source>
        <translation>Please give a number between 1 and {max_list}, e.g. --limit 50.</translation>
    </message>
    <message>
        <source>请缩短区间，或分段导出。</source>
        <translation>Please shorten the period, or export it in parts.</translation>
    </message>
    <message>
        <source>请联系平台管理员。</source>
        <translation>Please contact the platform manager.</translation>
    </message>
    <message>
        <source>请联系平台运维。</source>
        <translation>Please contact platform operations.</translation>
    </message>
    <message>
        <source>请联系平台运维：返回的文书须脱敏。</source>
        <translation>Please contact platform operations: returned documents must be desensitised.</translation>
    </message>
    <message>
        <source>请联系技术支持并提供日志。</source>
        <translation>Please contact technical support and provide the logs.</translation>
    </message>
    <message>
        <source>请联系负责人，或由大厅管理员督办改派。</source>
        <translation>Please contact the person in charge, or have the hall manager supervise and reassign it.</translation>
    </message>
    <message>
        <source>请设置一个新的密码。</source>
        <translation>Please set a new password.</translation>
    </message>
    <message>
        <source>请读取代办人的身份证，或填写其姓名。</source>
        <translation>Please read the agent&apos;s ID card, or enter their name.</translation>
    </message>
    <message>
        <source>请读取身份证或填写姓名。</source>
        <translation>Please read the ID card or enter the name.</translation>
    </message>
    <message>
        <source>请读取身份证，以便回复和一人一档。</source>
        <translation>Please read the ID card, so that we can reply and keep one record per person.</translation>
    </message>
    <message>
        <source>请读取身份证，以便结果告知和一人一档。</source>
        <translation>Please read the ID card, so that we can notify the result and keep one record per person.</translation>
    </message>
    <message>
        <source>请转交首席事务代表，或按承诺件流转后台。</source>
        <translation>Please hand it to the chief service representative, or pass it to the back office as a promised case.</translation>
    </message>
    <message>
        <source>请输入18位公民身份号码，或刷身份证读取。</source>
        <translation>Please enter the 18-digit citizen ID number, or swipe the ID card to read it.</translation>
    </message>
    <message>
        <source>请输入20位办件编号、18位身份证号或日期（如 2026-11-17）。</source>
        <translation>Please enter a 20-digit case number, an 18-digit ID number, or a date (e.g. 2026-11-17).</translation>
    </message>
    <message>
        <source>请输入受理凭证上的办件编号。</source>
        <translation>Please enter the case number on the acceptance receipt.</translation>
    </message>
    <message>
        <source>请运行“yimen sync run”从平台下载{year}年节假日安排，或在日历调整表中添加{year}年的调整日期。</source>
        <translation>Please run &quot;yimen sync run&quot; to download the {year} holiday schedule from the platform, or add the {year} adjusted dates to the calendar adjustment table.</translation>
    </message>
    <message>
        <source>请选择不满意的原因，以便整改。</source>
        <translation>Please choose the reason you are not satisfied, so that it can be followed up.</translation>
    </message>
    <message>
        <source>请选择办件将被办理的地区。</source>
        <translation>Please choose the region where the case will be handled.</translation>
    </message>
    <message>
        <source>请选择另一位工作人员。</source>
        <translation>Please choose another staff member.</translation>
    </message>
    <message>
        <source>请选择承办部门。</source>
        <translation>Please choose the handling department.</translation>
    </message>
    <message>
        <source>请选择接手人。</source>
        <translation>Please choose the person taking over.</translation>
    </message>
    <message>
        <source>请选择查询用途。</source>
        <translation>Please choose the purpose of the query.</translation>
    </message>
    <message>
        <source>请选择要打印的电子证照。</source>
        <translation>Please choose the e-licence to print.</translation>
    </message>
    <message>
        <source>请选择险种。</source>
        <translation>Please choose the insurance type.</translation>
    </message>
    <message>
        <source>请逐位核对20位办件编号。</source>
        <translation>Please check the 20-digit case number digit by digit.</translation>
    </message>
    <message>
        <source>请重启本终端程序。</source>
        <translation>Please restart the program on this terminal.</translation>
    </message>
    <message>
        <source>请重新取号后再提交。</source>
        <translation>Please take a new ticket, then submit again.</translation>
    </message>
    <message>
        <source>请重新填写起止时间。</source>
        <translation>Please enter the start and end times again.</translation>
    </message>
    <message>
        <source>请重新安装 chinesecalendar 包。</source>
        <translation>Please reinstall the chinesecalendar package.</translation>
    </message>
    <message>
        <source>请重新输入原密码。</source>
        <translation>Please enter the old password again.</translation>
    </message>
    <message>
        <source>请重新选择材料后再受理。</source>
        <translation>Please choose the materials again, then accept.</translation>
    </message>
    <message>
        <source>请重新选择统计区间。</source>
        <translation>Please choose the statistics period again.</translation>
    </message>
    <message>
        <source>请重新选择要打印的年度。</source>
        <translation>Please choose the year to print again.</translation>
    </message>
    <message>
        <source>请阅读说明后点“同意并查询”。</source>
        <translation>Please read the notes, then tap &quot;Agree and query&quot;.</translation>
    </message>
    <message>
        <source>读卡器回传数据校验错误（{label}）</source>
        <translation>ID card reader returned data that failed the check ({label})</translation>
    </message>
    <message>
        <source>读卡器应答格式错误（{label}）</source>
        <translation>ID card reader response has a wrong format ({label})</translation>
    </message>
    <message>
        <source>读卡器应答格式错误：文字信息长度 {text_len}，应为 {text_block_size}</source>
        <translation>ID card reader response has a wrong format: text length {text_len}, should be {text_block_size}</translation>
    </message>
    <message>
        <source>读卡器应答格式错误：缺少长度字段</source>
        <translation>ID card reader response has a wrong format: length field missing</translation>
    </message>
    <message>
        <source>读卡器应答格式错误：长度字段与实际数据不符</source>
        <translation>ID card reader response has a wrong format: length field does not match the actual data</translation>
    </message>
    <message>
        <source>读卡器返回未知状态（SW3={sw3:02X}）</source>
        <translation>ID card reader returned an unknown status (SW3={sw3:02X})</translation>
    </message>
    <message>
        <source>读取大厅事件失败：{error}</source>
        <translation>Failed to read hall events: {error}</translation>
    </message>
    <message>
        <source>配置文件 {path} 不是有效的 TOML: {error}</source>
        <translation>Configuration file {path} is not valid TOML: {error}</translation>
    </message>
    <message>
        <source>验真码“{text}”格式不对。</source>
        <translation>Verification code &quot;{text}&quot; has a wrong format.</translation>
    </message>
    <message>
        <source>读取省平台答复时连接中断。</source>
        <translation>The connection was lost while reading the provincial platform&apos;s reply.</translation>
    </message>
    <message>
        <source>调用方应传入“脱敏姓名 脱敏证件号”（shared.services.agents.Agent.masked）。</source>
        <translation>The caller should pass &quot;masked name masked ID number&quot; (shared.services.agents.Agent.masked).</translation>
    </message>
    <message>
        <source>调用方应先用 shared.domain.masking.mask_name 处理姓名。</source>
        <translation>The caller should first process the name with shared.domain.masking.mask_name.</translation>
    </message>
    <message>
        <source>账号“{username}”已存在。</source>
        <translation>Account &quot;{username}&quot; already exists.</translation>
    </message>
    <message>
        <source>走纸行数 {n} 超出范围 1–20。</source>
        <translation>Paper feed of {n} lines is out of range 1–20.</translation>
    </message>
    <message>
        <source>跨省/省内通办的办件须填写承办地区划代码。</source>
        <translation>Cases handled across provinces or across the province must give the region code of the handling place.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期{birth:%Y年%m月%d日}早于{year}年，不可能有效。</source>
        <translation>The date of birth in the ID number, {birth:%Y年%m月%d日}, is before {year}, so it cannot be valid.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期{birth:%Y年%m月%d日}晚于今天。</source>
        <translation>The date of birth in the ID number, {birth:%Y年%m月%d日}, is later than today.</translation>
    </message>
    <message>
        <source>身份证号码为空。</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>身份证号码前两位“{number}”不是有效的省级行政区划代码。</source>
        <translation>The first two digits of the ID number, &quot;{number}&quot;, are not a valid province region code.</translation>
    </message>
    <message>
        <source>身份证号码应为18位，现为{n_number}位。</source>
        <translation>The ID number should have 18 characters; it has {n_number}.</translation>
    </message>
    <message>
        <source>身份证号码校验位错误，校验位应为{expected}。</source>
        <translation>The check digit of the ID number is wrong; it should be {expected}.</translation>
    </message>
    <message>
        <source>身份证号码第18位“{number}”只能是数字或X。</source>
        <translation>The 18th character of the ID number, &quot;{number}&quot;, can only be a digit or X.</translation>
    </message>
    <message>
        <source>身份证号码第7-14位“{raw_birth}”不是有效的出生日期。</source>
        <translation>Characters 7-14 of the ID number, &quot;{raw_birth}&quot;, are not a valid date of birth.</translation>
    </message>
    <message>
        <source>身份证号码第{pos}位“{ch}”不是数字。</source>
        <translation>Character {pos} of the ID number, &quot;{ch}&quot;, is not a digit.</translation>
    </message>
    <message>
        <source>转移号票时须指定目标窗口或业务类别。</source>
        <translation>To transfer a ticket, you must give the target window or category.</translation>
    </message>
    <message>
        <source>迁移脚本不成一条直线。</source>
        <translation>The migration scripts do not form a single linear chain.</translation>
    </message>
    <message>
        <source>迁移脚本缺失。</source>
        <translation>Migration scripts are missing.</translation>
    </message>
    <message>
        <source>运行 `yimen backup create`，并确认 backup.create 任务在运行。</source>
        <translation>Run `yimen backup create`, and make sure the backup.create task is running.</translation>
    </message>
    <message>
        <source>运行 `yimen backup passphrase` 设定口令（至少12个字符），并把口令抄写一份锁进保险柜。</source>
        <translation>Run `yimen backup passphrase` to set a passphrase (at least 12 characters), and write a copy of it down and lock it in the safe.</translation>
    </message>
    <message>
        <source>运行 `yimen catalog import PATH` 导入目录，或连网后运行 `yimen sync run` 从平台下载。</source>
        <translation>Run `yimen catalog import PATH` to import the catalogue, or connect to the network and run `yimen sync run` to download it from the platform.</translation>
    </message>
    <message>
        <source>运行 `yimen db upgrade`（会先自动备份数据库）。</source>
        <translation>Run `yimen db upgrade` (it backs up the database automatically first).</translation>
    </message>
    <message>
        <source>运行 chmod 600 {path} 后重试。</source>
        <translation>Run chmod 600 {path}, then try again.</translation>
    </message>
    <message>
        <source>这不是有效的电子证照二维码。</source>
        <translation>This is not a valid e-licence QR code.</translation>
    </message>
    <message>
        <source>这个评价二维码无效。</source>
        <translation>This rating QR code is not valid.</translation>
    </message>
    <message>
        <source>这个预约是 {when}，不是今天。</source>
        <translation>This booking is for {when}, not today.</translation>
    </message>
    <message>
        <source>这些表还没有权限规则：{unknown}</source>
        <translation>These tables have no permission rules yet: {unknown}</translation>
    </message>
    <message>
        <source>这件事已由 {value} 首问负责（登记号 {ask_no}）。</source>
        <translation>{value} is already the first-contact person responsible for this matter (registration number {ask_no}).</translation>
    </message>
    <message>
        <source>这份备份在写入时被中断或复制不全，换用另一份备份。</source>
        <translation>This backup was interrupted while being written or was not copied completely; use another backup.</translation>
    </message>
    <message>
        <source>这份备份在写入时被中断，换用另一份备份。</source>
        <translation>This backup was interrupted while being written; use another backup.</translation>
    </message>
    <message>
        <source>这张排队凭条不是本大厅的。</source>
        <translation>This queue ticket slip is not from this hall.</translation>
    </message>
    <message>
        <source>这张流转单送往另一个政务服务中心（{hall}），不是本中心（{name}）的。</source>
        <translation>This transfer slip is addressed to another government service centre ({hall}), not this centre ({name}).</translation>
    </message>
    <message>
        <source>这张电子证照不是申请人本人的</source>
        <translation>This e-licence does not belong to the applicant</translation>
    </message>
    <message>
        <source>这是15位的第一代身份证号码，已停止使用。</source>
        <translation>This is a 15-digit first-generation ID number, which is no longer in use.</translation>
    </message>
    <message>
        <source>这是{licence_type}，{names}需要的是{wanted}。</source>
        <translation>This is {licence_type}, but {names} needs {wanted}.</translation>
    </message>
    <message>
        <source>这是单机（SQLite）备份，而本机配置的是大厅数据库。</source>
        <translation>This is a standalone (SQLite) backup, but this machine is configured for the hall database.</translation>
    </message>
    <message>
        <source>这是大厅（PostgreSQL）备份，而本机配置的是单机数据库。</source>
        <translation>This is a hall (PostgreSQL) backup, but this machine is configured for a standalone database.</translation>
    </message>
    <message>
        <source>这是程序错误，请联系技术支持并提供日志。</source>
        <translation>This is a program error; please contact technical support and provide the logs.</translation>
    </message>
    <message>
        <source>这条求助不是本机发出的。</source>
        <translation>This help request was not sent from this machine.</translation>
    </message>
    <message>
        <source>这项查询需要联网，不会稍后自动补打。请稍后再来，或取号到窗口办理。</source>
        <translation>This query needs a network connection and will not be printed automatically later. Please come back later, or take a ticket and go to a window.</translation>
    </message>
    <message>
        <source>连接不上打印服务 {host}:{port}（{name}）。</source>
        <translation>Cannot connect to the print service {host}:{port} ({name}).</translation>
    </message>
    <message>
        <source>退回重办时必须写明原因。</source>
        <translation>A reason must be given when sending it back to be redone.</translation>
    </message>
    <message>
        <source>送往下一站时，由接收的一方扫码签收。</source>
        <translation>When it is sent to the next station, the receiving side scans the code to sign for it.</translation>
    </message>
    <message>
        <source>选择了“其他”原因，但没有填写具体意见。</source>
        <translation>&quot;Other&quot; was chosen as the reason, but no details were given.</translation>
    </message>
    <message>
        <source>选择邮寄送达时必须填写收件地址。</source>
        <translation>A delivery address is required when delivery by post is chosen.</translation>
    </message>
    <message>
        <source>通常是中间某一位输错，请逐位核对，不要只改最后一位。</source>
        <translation>Usually one of the middle digits was mistyped; check digit by digit, do not just change the last digit.</translation>
    </message>
    <message>
        <source>通常是中间某一位输错，请逐位核对，不要只改最后一位；从证件读取的请重新刷卡。</source>
        <translation>Usually one of the middle digits was mistyped; check digit by digit, do not just change the last digit; if it was read from a card, swipe the card again.</translation>
    </message>
    <message>
        <source>邮寄出件须填写邮件号。</source>
        <translation>A postal tracking number is required when the result is sent by post.</translation>
    </message>
    <message>
        <source>配置文件不存在：{path}</source>
        <translation>Configuration file does not exist: {path}</translation>
    </message>
    <message>
        <source>重新安装 Yimen 软件包（apt-get install --reinstall yimen）。</source>
        <translation>Reinstall the Yimen package (apt-get install --reinstall yimen).</translation>
    </message>
    <message>
        <source>重新安装 Yimen。</source>
        <translation>Reinstall Yimen.</translation>
    </message>
    <message>
        <source>重新安装 fonts-noto-cjk。</source>
        <translation>Reinstall fonts-noto-cjk.</translation>
    </message>
    <message>
        <source>重新安装摄像头扫码组件：pip install &quot;yimen[camera]&quot;。</source>
        <translation>Reinstall the camera scanning component: pip install &quot;yimen[camera]&quot;.</translation>
    </message>
    <message>
        <source>重试该操作。</source>
        <translation>Retry the operation.</translation>
    </message>
    <message>
        <source>长期调整请修改服务网点公布的作息安排（目录 points 的 schedule）。</source>
        <translation>For a long-term change, edit the opening hours published for the service point (schedule in the catalogue&apos;s points).</translation>
    </message>
    <message>
        <source>需要 id 和 kind。</source>
        <translation>id and kind are required.</translation>
    </message>
    <message>
        <source>顶层应为 cards: 名称 → 证件字段</source>
        <translation>The top level should be cards: name → card fields</translation>
    </message>
    <message>
        <source>预约 {booking_code} 已取号：{ticket_number}号。</source>
        <translation>Booking {booking_code} has taken a ticket: number {ticket_number}.</translation>
    </message>
    <message>
        <source>预约 {booking_code} 已取消。</source>
        <translation>Booking {booking_code} has been cancelled.</translation>
    </message>
    <message>
        <source>预约码“{code}”须为6-16位大写字母或数字。</source>
        <translation>Booking code &quot;{code}&quot; must be 6-16 capital letters or digits.</translation>
    </message>
    <message>
        <source>验真码在二维码下方，12位字母和数字。</source>
        <translation>The verification code is below the QR code: 12 letters and digits.</translation>
    </message>
    <message>
        <source>验真码是证明二维码下方的{verify_code_length}位字母和数字，例如 K7QM-2XPD-9TAF。</source>
        <translation>The verification code is the {verify_code_length} letters and digits below the certificate&apos;s QR code, e.g. K7QM-2XPD-9TAF.</translation>
    </message>
    <message>
        <source>默认评价只能是“基本满意”。</source>
        <translation>The default rating can only be &quot;Basically satisfied&quot;.</translation>
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
