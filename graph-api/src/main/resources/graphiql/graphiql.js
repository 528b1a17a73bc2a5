// Starts GraphiQL against this service's /graphql. The browser already holds the Basic credentials
// it was asked for when this page loaded, and sends them with these same-origin requests.
const defaultQuery = `# 重層的支援 ナレッジグラフ — GraphiQL
# 例: この世帯にすでに関わっている支援関係機関（8050世帯）
# Which agencies already touch this household? Run with the ▶ button (Ctrl+Enter).
{
  me { username agency { name } }
  household(id: "hh-reita") {
    patternLabels
    members { name relationLabel ageBand basis { label } }
    agencies {
      agencies {
        agency { name fieldLabel }
        since
        links { kindLabel fieldLabel since status detail basis { label consentId } }
      }
      withheld { count categories reason howToOpen }
    }
  }
}
`;

// Every person-level request declares its purpose of use; change it in the Headers tab
// (CASE_WORK, PLAN_DELIBERATION, PARTICIPATION_MATCHING, OUTREACH).
const defaultHeaders = JSON.stringify({ 'X-Purpose-Of-Use': 'CASE_WORK' }, null, 2);

const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.origin).toString() });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher, defaultQuery, defaultHeaders, headerEditorEnabled: true, defaultEditorToolsVisibility: 'headers'
}));
