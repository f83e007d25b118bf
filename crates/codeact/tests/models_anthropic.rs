//! The Anthropic provider against the Messages API of `codeact-mock`.

use codeact::model::{
    AnthropicModel, ChatMessage, GenerateOptions, Model, ModelError, StreamAccumulator, ToolCall,
    ToolChoice, ToolDefinition,
};
use codeact_mock::{MockConfig, MockServer};
use futures::StreamExt;
use serde_json::json;

fn model(server: &MockServer, id: &str) -> AnthropicModel {
    AnthropicModel::builder(id)
        .base_url(server.base_url())
        .api_key("test-key")
        .build()
        .expect("a valid configuration")
}

fn tools() -> Vec<ToolDefinition> {
    vec![ToolDefinition {
        name: "weather".into(),
        description: "Weather in a city.".into(),
        parameters: json!({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}),
    }]
}

#[tokio::test]
async fn text_replies_whole_and_streamed() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let model = model(&server, "mock-k2");
    let messages = [
        ChatMessage::system("Be brief."),
        ChatMessage::user("task [[7]]"),
    ];
    let options = GenerateOptions::default().with_stop(["</code>"]);
    let whole = model.agenerate(&messages, &options).await.expect("reply");
    assert_eq!(
        whole.text(),
        "Thought: step 1 of 2.\n<code>\nstep_1 = 1 * 2\nprint(\"step\", 1, step_1)\n"
    );
    assert!(
        whole
            .usage
            .is_some_and(|u| u.input_tokens > 0 && u.output_tokens > 0)
    );

    let mut stream = model
        .agenerate_stream(&messages, &options)
        .await
        .expect("stream");
    let mut accumulator = StreamAccumulator::default();
    while let Some(event) = stream.next().await {
        accumulator.push(&event.expect("event"));
    }
    let streamed = accumulator.finish().expect("message");
    assert_eq!(streamed.text(), whole.text());
    assert!(streamed.usage.is_some());
}

#[tokio::test]
async fn tool_use_round_trip() {
    let server = MockServer::start(MockConfig {
        parallel_tool_calls: 2,
        ..MockConfig::default()
    })
    .await
    .expect("mock");
    let model = model(&server, "mock-k2");
    let options = GenerateOptions::default().with_tools(tools(), ToolChoice::Auto);
    let first = model
        .agenerate(&[ChatMessage::user("go [[sunny]]")], &options)
        .await
        .expect("reply");
    assert_eq!(first.tool_calls.len(), 2);
    assert_eq!(first.tool_calls[0].name, "weather");
    assert_eq!(first.tool_calls[0].arguments, json!({"city": "x"}));

    // The streamed form assembles the same calls from input_json deltas.
    let mut stream = model
        .agenerate_stream(&[ChatMessage::user("go")], &options)
        .await
        .expect("stream");
    let mut accumulator = StreamAccumulator::default();
    while let Some(event) = stream.next().await {
        accumulator.push(&event.expect("event"));
    }
    let streamed = accumulator.finish().expect("message");
    let calls: Vec<&ToolCall> = streamed.tool_calls.iter().collect();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].arguments, json!({"city": "x"}));

    // With the calls answered, the run ends with final_answer.
    let mut history = vec![ChatMessage::user("go [[sunny]]"), first.clone()];
    for call in &first.tool_calls {
        let mut result = ChatMessage::new(codeact::model::Role::Tool, "22C");
        result.tool_call_id = Some(call.id.clone());
        history.push(result);
    }
    let last = model.agenerate(&history, &options).await.expect("reply");
    assert_eq!(last.tool_calls[0].name, "final_answer");
    assert_eq!(last.tool_calls[0].arguments, json!({"answer": "sunny"}));
}

#[tokio::test]
async fn errors_carry_the_servers_message() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let model = AnthropicModel::builder("m")
        .base_url(server.base_url())
        .header("x-mock-fault", "529")
        .build()
        .expect("config");
    let err = model
        .agenerate(&[ChatMessage::user("t")], &GenerateOptions::default())
        .await
        .unwrap_err();
    match err {
        ModelError::Http {
            status, message, ..
        } => {
            assert_eq!(status, 529);
            assert!(message.contains("injected fault"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}
