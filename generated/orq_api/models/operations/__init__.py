"""The `operations` models. Names load lazily: using one model imports only the modules it needs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .additionalproperties import (
        ADDITIONAL_PROPERTIES_VALUES,
        AdditionalProperties,
        decode_additional_properties,
    )
    from .apiversion import ApiVersion
    from .billedunits import BilledUnits
    from .bulkfileuploadfilespurpose import (
        BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES,
        BulkFileUploadFilesPurpose,
        decode_bulk_file_upload_files_purpose,
    )
    from .bulkfileuploadpurpose import (
        BULK_FILE_UPLOAD_PURPOSE_VALUES,
        BulkFileUploadPurpose,
        decode_bulk_file_upload_purpose,
    )
    from .bulkfileuploadrequestbody import BulkFileUploadRequestBody
    from .choices import Choices
    from .content import Content, decode_content, encode_content
    from .content2 import Content2, decode_content2, encode_content2
    from .createcontactrequestbody import CreateContactRequestBody
    from .createcontactresponsebody import CreateContactResponseBody
    from .created import Created, decode_created, encode_created
    from .createfeedbackrequestbody import CreateFeedbackRequestBody
    from .createfeedbackresponsebody import CreateFeedbackResponseBody
    from .createfeedbackvalue import (
        CreateFeedbackValue,
        decode_create_feedback_value,
        encode_create_feedback_value,
    )
    from .data import Data
    from .delta import Delta
    from .deploymentcreatemetric21 import DeploymentCreateMetric21
    from .deploymentcreatemetric22 import DeploymentCreateMetric22
    from .deploymentcreatemetric2deploymentsmetricstype import (
        DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES,
        DeploymentCreateMetric2DeploymentsMetricsType,
        decode_deployment_create_metric2_deployments_metrics_type,
    )
    from .deploymentcreatemetric2imageurl import DeploymentCreateMetric2ImageUrl
    from .deploymentcreatemetric2type import (
        DEPLOYMENT_CREATE_METRIC2_TYPE_VALUES,
        DeploymentCreateMetric2Type,
        decode_deployment_create_metric2_type,
    )
    from .deploymentcreatemetriccontent import (
        DeploymentCreateMetricContent,
        decode_deployment_create_metric_content,
        encode_deployment_create_metric_content,
    )
    from .deploymentcreatemetriccontent2 import (
        DeploymentCreateMetricContent2,
        decode_deployment_create_metric_content2,
        encode_deployment_create_metric_content2,
    )
    from .deploymentcreatemetricfunction import DeploymentCreateMetricFunction
    from .deploymentcreatemetricmessagedeploymentsmetricsrole import (
        DEPLOYMENT_CREATE_METRIC_MESSAGE_DEPLOYMENTS_METRICS_ROLE_VALUES,
        DeploymentCreateMetricMessageDeploymentsMetricsRole,
        decode_deployment_create_metric_message_deployments_metrics_role,
    )
    from .deploymentcreatemetricmessagerole import (
        DEPLOYMENT_CREATE_METRIC_MESSAGE_ROLE_VALUES,
        DeploymentCreateMetricMessageRole,
        decode_deployment_create_metric_message_role,
    )
    from .deploymentcreatemetricmessages import DeploymentCreateMetricMessages
    from .deploymentcreatemetricrequestbody import DeploymentCreateMetricRequestBody
    from .deploymentcreatemetricresponsebody import DeploymentCreateMetricResponseBody
    from .deploymentcreatemetricrole import (
        DEPLOYMENT_CREATE_METRIC_ROLE_VALUES,
        DeploymentCreateMetricRole,
        decode_deployment_create_metric_role,
    )
    from .deploymentcreatemetrictoolcalls import DeploymentCreateMetricToolCalls
    from .deploymentcreatemetrictype import (
        DEPLOYMENT_CREATE_METRIC_TYPE_VALUES,
        DeploymentCreateMetricType,
        decode_deployment_create_metric_type,
    )
    from .deploymentgetconfig21 import DeploymentGetConfig21
    from .deploymentgetconfig22 import DeploymentGetConfig22
    from .deploymentgetconfig2deployments2 import DeploymentGetConfig2Deployments2
    from .deploymentgetconfig2deploymentsresponse200type import (
        DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE200_TYPE_VALUES,
        DeploymentGetConfig2DeploymentsResponse200Type,
        decode_deployment_get_config2_deployments_response200_type,
    )
    from .deploymentgetconfig2deploymentsresponsetype import (
        DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE_TYPE_VALUES,
        DeploymentGetConfig2DeploymentsResponseType,
        decode_deployment_get_config2_deployments_response_type,
    )
    from .deploymentgetconfig2deploymentstype import (
        DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES,
        DeploymentGetConfig2DeploymentsType,
        decode_deployment_get_config2_deployments_type,
    )
    from .deploymentgetconfig2imageurl import DeploymentGetConfig2ImageUrl
    from .deploymentgetconfig2type import (
        DEPLOYMENT_GET_CONFIG2_TYPE_VALUES,
        DeploymentGetConfig2Type,
        decode_deployment_get_config2_type,
    )
    from .deploymentgetconfigcontent import (
        DeploymentGetConfigContent,
        decode_deployment_get_config_content,
        encode_deployment_get_config_content,
    )
    from .deploymentgetconfigcontent2 import (
        DeploymentGetConfigContent2,
        decode_deployment_get_config_content2,
        encode_deployment_get_config_content2,
    )
    from .deploymentgetconfigdeploymentscontent import (
        DeploymentGetConfigDeploymentsContent,
        decode_deployment_get_config_deployments_content,
        encode_deployment_get_config_deployments_content,
    )
    from .deploymentgetconfigdeploymentsfunction import (
        DeploymentGetConfigDeploymentsFunction,
    )
    from .deploymentgetconfigdeploymentsresponse200applicationjsontype import (
        DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES,
        DeploymentGetConfigDeploymentsResponse200ApplicationJSONType,
        decode_deployment_get_config_deployments_response200_application_json_type,
    )
    from .deploymentgetconfigdeploymentsresponse200type import (
        DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_TYPE_VALUES,
        DeploymentGetConfigDeploymentsResponse200Type,
        decode_deployment_get_config_deployments_response200_type,
    )
    from .deploymentgetconfigdeploymentsresponsefunction import (
        DeploymentGetConfigDeploymentsResponseFunction,
    )
    from .deploymentgetconfigdeploymentsresponsetype import (
        DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE_TYPE_VALUES,
        DeploymentGetConfigDeploymentsResponseType,
        decode_deployment_get_config_deployments_response_type,
    )
    from .deploymentgetconfigdeploymentsrole import (
        DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_ROLE_VALUES,
        DeploymentGetConfigDeploymentsRole,
        decode_deployment_get_config_deployments_role,
    )
    from .deploymentgetconfigdeploymentstoolcalls import (
        DeploymentGetConfigDeploymentsToolCalls,
    )
    from .deploymentgetconfigdeploymentstype import (
        DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_TYPE_VALUES,
        DeploymentGetConfigDeploymentsType,
        decode_deployment_get_config_deployments_type,
    )
    from .deploymentgetconfigencodingformat import (
        DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES,
        DeploymentGetConfigEncodingFormat,
        decode_deployment_get_config_encoding_format,
    )
    from .deploymentgetconfigfunction import DeploymentGetConfigFunction
    from .deploymentgetconfigmessages import DeploymentGetConfigMessages
    from .deploymentgetconfigparameters import DeploymentGetConfigParameters
    from .deploymentgetconfigquality import (
        DEPLOYMENT_GET_CONFIG_QUALITY_VALUES,
        DeploymentGetConfigQuality,
        decode_deployment_get_config_quality,
    )
    from .deploymentgetconfigrequestbody import DeploymentGetConfigRequestBody
    from .deploymentgetconfigresponsebody import DeploymentGetConfigResponseBody
    from .deploymentgetconfigresponseformat import (
        DeploymentGetConfigResponseFormat,
        decode_deployment_get_config_response_format,
        encode_deployment_get_config_response_format,
    )
    from .deploymentgetconfigresponseformattype import (
        DEPLOYMENT_GET_CONFIG_RESPONSE_FORMAT_TYPE_VALUES,
        DeploymentGetConfigResponseFormatType,
        decode_deployment_get_config_response_format_type,
    )
    from .deploymentgetconfigrole import (
        DEPLOYMENT_GET_CONFIG_ROLE_VALUES,
        DeploymentGetConfigRole,
        decode_deployment_get_config_role,
    )
    from .deploymentgetconfigtoolcalls import DeploymentGetConfigToolCalls
    from .deploymentgetconfigtools import DeploymentGetConfigTools
    from .deploymentgetconfigtype import (
        DEPLOYMENT_GET_CONFIG_TYPE_VALUES,
        DeploymentGetConfigType,
        decode_deployment_get_config_type,
    )
    from .deploymentinvokechoices import DeploymentInvokeChoices
    from .deploymentinvokedeploymentschoices import DeploymentInvokeDeploymentsChoices
    from .deploymentinvokedeploymentsmessage import (
        DeploymentInvokeDeploymentsMessage,
        decode_deployment_invoke_deployments_message,
        encode_deployment_invoke_deployments_message,
    )
    from .deploymentinvokedeploymentsresponsebody import (
        DeploymentInvokeDeploymentsResponseBody,
    )
    from .deploymentinvokemessage import (
        DeploymentInvokeMessage,
        decode_deployment_invoke_message,
        encode_deployment_invoke_message,
    )
    from .deploymentinvokemessage1 import DeploymentInvokeMessage1
    from .deploymentinvokemessage2 import DeploymentInvokeMessage2
    from .deploymentinvokemessage3 import DeploymentInvokeMessage3
    from .deploymentinvokemessagedeployments1 import DeploymentInvokeMessageDeployments1
    from .deploymentinvokemessagedeployments2 import DeploymentInvokeMessageDeployments2
    from .deploymentinvokemessagedeploymentsfunction import (
        DeploymentInvokeMessageDeploymentsFunction,
    )
    from .deploymentinvokemessagedeploymentsresponse200role import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_ROLE_VALUES,
        DeploymentInvokeMessageDeploymentsResponse200Role,
        decode_deployment_invoke_message_deployments_response200_role,
    )
    from .deploymentinvokemessagedeploymentsresponse200texteventstreamresponsebodyrole import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_RESPONSE_BODY_ROLE_VALUES,
        DeploymentInvokeMessageDeploymentsResponse200TextEventStreamResponseBodyRole,
        decode_deployment_invoke_message_deployments_response200_text_event_stream_response_body_role,
    )
    from .deploymentinvokemessagedeploymentsresponse200texteventstreamrole import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES,
        DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole,
        decode_deployment_invoke_message_deployments_response200_text_event_stream_role,
    )
    from .deploymentinvokemessagedeploymentsresponserole import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE_ROLE_VALUES,
        DeploymentInvokeMessageDeploymentsResponseRole,
        decode_deployment_invoke_message_deployments_response_role,
    )
    from .deploymentinvokemessagedeploymentsrole import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_ROLE_VALUES,
        DeploymentInvokeMessageDeploymentsRole,
        decode_deployment_invoke_message_deployments_role,
    )
    from .deploymentinvokemessagedeploymentstoolcalls import (
        DeploymentInvokeMessageDeploymentsToolCalls,
    )
    from .deploymentinvokemessagedeploymentstype import (
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_TYPE_VALUES,
        DeploymentInvokeMessageDeploymentsType,
        decode_deployment_invoke_message_deployments_type,
    )
    from .deploymentinvokemessagefunction import DeploymentInvokeMessageFunction
    from .deploymentinvokemessagerole import (
        DEPLOYMENT_INVOKE_MESSAGE_ROLE_VALUES,
        DeploymentInvokeMessageRole,
        decode_deployment_invoke_message_role,
    )
    from .deploymentinvokemessagetoolcalls import DeploymentInvokeMessageToolCalls
    from .deploymentinvokemessagetype import (
        DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES,
        DeploymentInvokeMessageType,
        decode_deployment_invoke_message_type,
    )
    from .deploymentinvokemetadata import DeploymentInvokeMetadata
    from .deploymentinvokeobject import (
        DEPLOYMENT_INVOKE_OBJECT_VALUES,
        DeploymentInvokeObject,
        decode_deployment_invoke_object,
    )
    from .deploymentinvokeprovider import (
        DEPLOYMENT_INVOKE_PROVIDER_VALUES,
        DeploymentInvokeProvider,
        decode_deployment_invoke_provider,
    )
    from .deploymentinvokeresponsebody import DeploymentInvokeResponseBody
    from .deploymentinvokeretrievals import DeploymentInvokeRetrievals
    from .deployments21 import Deployments21
    from .deployments22 import Deployments22
    from .deployments2deploymentstype import (
        DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES,
        Deployments2DeploymentsType,
        decode_deployments2_deployments_type,
    )
    from .deployments2imageurl import Deployments2ImageUrl
    from .deployments2type import (
        DEPLOYMENTS2_TYPE_VALUES,
        Deployments2Type,
        decode_deployments2_type,
    )
    from .deploymentscontent import (
        DeploymentsContent,
        decode_deployments_content,
        encode_deployments_content,
    )
    from .deploymentscontent2 import (
        DeploymentsContent2,
        decode_deployments_content2,
        encode_deployments_content2,
    )
    from .deploymentsdata import DeploymentsData
    from .deploymentsdeploymentsfunction import DeploymentsDeploymentsFunction
    from .deploymentsdeploymentsresponsetype import (
        DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES,
        DeploymentsDeploymentsResponseType,
        decode_deployments_deployments_response_type,
    )
    from .deploymentsdeploymentstype import (
        DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES,
        DeploymentsDeploymentsType,
        decode_deployments_deployments_type,
    )
    from .deploymentsencodingformat import (
        DEPLOYMENTS_ENCODING_FORMAT_VALUES,
        DeploymentsEncodingFormat,
        decode_deployments_encoding_format,
    )
    from .deploymentsformat import (
        DEPLOYMENTS_FORMAT_VALUES,
        DeploymentsFormat,
        decode_deployments_format,
    )
    from .deploymentsfunction import DeploymentsFunction
    from .deploymentsmessages import DeploymentsMessages
    from .deploymentsobject import (
        DEPLOYMENTS_OBJECT_VALUES,
        DeploymentsObject,
        decode_deployments_object,
    )
    from .deploymentsparameters import DeploymentsParameters
    from .deploymentsphotorealversion import (
        DEPLOYMENTS_PHOTO_REAL_VERSION_VALUES,
        DeploymentsPhotoRealVersion,
        decode_deployments_photo_real_version,
    )
    from .deploymentsprovider import (
        DEPLOYMENTS_PROVIDER_VALUES,
        DeploymentsProvider,
        decode_deployments_provider,
    )
    from .deploymentsquality import (
        DEPLOYMENTS_QUALITY_VALUES,
        DeploymentsQuality,
        decode_deployments_quality,
    )
    from .deploymentsresponsebody import DeploymentsResponseBody
    from .deploymentsresponseformat import (
        DeploymentsResponseFormat,
        decode_deployments_response_format,
        encode_deployments_response_format,
    )
    from .deploymentsresponseformat1 import DeploymentsResponseFormat1
    from .deploymentsresponseformat2 import DeploymentsResponseFormat2
    from .deploymentsresponseformatdeploymentstype import (
        DEPLOYMENTS_RESPONSE_FORMAT_DEPLOYMENTS_TYPE_VALUES,
        DeploymentsResponseFormatDeploymentsType,
        decode_deployments_response_format_deployments_type,
    )
    from .deploymentsresponseformattype import (
        DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES,
        DeploymentsResponseFormatType,
        decode_deployments_response_format_type,
    )
    from .deploymentsrole import (
        DEPLOYMENTS_ROLE_VALUES,
        DeploymentsRole,
        decode_deployments_role,
    )
    from .deploymentstoolcalls import DeploymentsToolCalls
    from .deploymentstools import DeploymentsTools
    from .deploymentstype import (
        DEPLOYMENTS_TYPE_VALUES,
        DeploymentsType,
        decode_deployments_type,
    )
    from .detail import DETAIL_VALUES, Detail, decode_detail
    from .document import Document
    from .documents import Documents, decode_documents, encode_documents
    from .embedding import Embedding, decode_embedding, encode_embedding
    from .encodingformat import (
        ENCODING_FORMAT_VALUES,
        EncodingFormat,
        decode_encoding_format,
    )
    from .feedback import Feedback
    from .fileuploadpurpose import (
        FILE_UPLOAD_PURPOSE_VALUES,
        FileUploadPurpose,
        decode_file_upload_purpose,
    )
    from .fileuploadrequestbody import FileUploadRequestBody
    from .fileuploadresponsebody import FileUploadResponseBody
    from .finishreason import FINISH_REASON_VALUES, FinishReason, decode_finish_reason
    from .format import FORMAT_VALUES, Format, decode_format
    from .four import Four
    from .function import Function
    from .imageurl import ImageUrl
    from .input import Input, decode_input, encode_input
    from .inputs import Inputs, decode_inputs, encode_inputs
    from .invokeoptions import InvokeOptions
    from .jsonschema import JsonSchema
    from .logprobs import Logprobs
    from .message import Message, decode_message, encode_message
    from .message1 import Message1
    from .message2 import Message2
    from .message3 import Message3
    from .messagefunction import MessageFunction
    from .messagerole import MESSAGE_ROLE_VALUES, MessageRole, decode_message_role
    from .messages import Messages
    from .messages1 import Messages1
    from .messages2 import Messages2
    from .messages3 import Messages3
    from .messagescontent import (
        MessagesContent,
        decode_messages_content,
        encode_messages_content,
    )
    from .messagesfunction import MessagesFunction
    from .messagesrole import MESSAGES_ROLE_VALUES, MessagesRole, decode_messages_role
    from .messagestoolcalls import MessagesToolCalls
    from .messagestype import MESSAGES_TYPE_VALUES, MessagesType, decode_messages_type
    from .messagetoolcalls import MessageToolCalls
    from .messagetype import MESSAGE_TYPE_VALUES, MessageType, decode_message_type
    from .meta import Meta
    from .metadata import Metadata
    from .modelparameters import ModelParameters
    from .modeltype import MODEL_TYPE_VALUES, ModelType, decode_model_type
    from .object import OBJECT_VALUES, Object, decode_object
    from .one import One
    from .parameters import Parameters
    from .performance import Performance
    from .photorealversion import (
        PHOTO_REAL_VERSION_VALUES,
        PhotoRealVersion,
        decode_photo_real_version,
    )
    from .prefixmessages import PrefixMessages
    from .prompt import Prompt, decode_prompt, encode_prompt
    from .promptconfig import PromptConfig
    from .provider import PROVIDER_VALUES, Provider, decode_provider
    from .purpose import PURPOSE_VALUES, Purpose, decode_purpose
    from .quality import QUALITY_VALUES, Quality, decode_quality
    from .refusal import Refusal
    from .remoteconfigsgetconfigrequestbody import RemoteConfigsGetConfigRequestBody
    from .remoteconfigsgetconfigresponsebody import RemoteConfigsGetConfigResponseBody
    from .remoteconfigsgetconfigtype import (
        REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES,
        RemoteConfigsGetConfigType,
        decode_remote_configs_get_config_type,
    )
    from .responsebody import ResponseBody
    from .responsebody1 import ResponseBody1
    from .responsebody2 import ResponseBody2
    from .responsebodychoices import ResponseBodyChoices
    from .responsebodycontent import ResponseBodyContent
    from .responsebodyfinishreason import (
        RESPONSE_BODY_FINISH_REASON_VALUES,
        ResponseBodyFinishReason,
        decode_response_body_finish_reason,
    )
    from .responsebodyfunction import ResponseBodyFunction
    from .responsebodylogprobs import ResponseBodyLogprobs
    from .responsebodymessage import ResponseBodyMessage
    from .responsebodyrefusal import ResponseBodyRefusal
    from .responsebodyrole import (
        RESPONSE_BODY_ROLE_VALUES,
        ResponseBodyRole,
        decode_response_body_role,
    )
    from .responsebodytoolcalls import ResponseBodyToolCalls
    from .responsebodytoplogprobs import ResponseBodyTopLogprobs
    from .responsebodytype import (
        RESPONSE_BODY_TYPE_VALUES,
        ResponseBodyType,
        decode_response_body_type,
    )
    from .responsebodyusage import ResponseBodyUsage
    from .responseformat import (
        RESPONSE_FORMAT_VALUES,
        ResponseFormat,
        decode_response_format,
    )
    from .responseformat1 import ResponseFormat1
    from .responseformat2 import ResponseFormat2
    from .responseformatjsonschema import ResponseFormatJsonSchema
    from .responseformattype import (
        RESPONSE_FORMAT_TYPE_VALUES,
        ResponseFormatType,
        decode_response_format_type,
    )
    from .results import Results
    from .retrievals import Retrievals
    from .role import ROLE_VALUES, Role, decode_role
    from .routerchatcompletions21 import RouterChatCompletions21
    from .routerchatcompletions22 import RouterChatCompletions22
    from .routerchatcompletions2detail import (
        ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES,
        RouterChatCompletions2Detail,
        decode_router_chat_completions2_detail,
    )
    from .routerchatcompletions2imageurl import RouterChatCompletions2ImageUrl
    from .routerchatcompletions2routerchatcompletions1 import (
        RouterChatCompletions2RouterChatCompletions1,
    )
    from .routerchatcompletions2routerchatcompletions2 import (
        RouterChatCompletions2RouterChatCompletions2,
    )
    from .routerchatcompletions2routerchatcompletionsimageurl import (
        RouterChatCompletions2RouterChatCompletionsImageUrl,
    )
    from .routerchatcompletions2routerchatcompletionsrequest1 import (
        RouterChatCompletions2RouterChatCompletionsRequest1,
    )
    from .routerchatcompletions2routerchatcompletionsrequest2 import (
        RouterChatCompletions2RouterChatCompletionsRequest2,
    )
    from .routerchatcompletions2routerchatcompletionsrequestimageurl import (
        RouterChatCompletions2RouterChatCompletionsRequestImageUrl,
    )
    from .routerchatcompletions2routerchatcompletionsrequestrequestbodymessages4type import (
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES,
        RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessages4Type,
        decode_router_chat_completions2_router_chat_completions_request_request_body_messages4_type,
    )
    from .routerchatcompletions2routerchatcompletionsrequestrequestbodymessagestype import (
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES,
        RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType,
        decode_router_chat_completions2_router_chat_completions_request_request_body_messages_type,
    )
    from .routerchatcompletions2routerchatcompletionsrequestrequestbodytype import (
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_TYPE_VALUES,
        RouterChatCompletions2RouterChatCompletionsRequestRequestBodyType,
        decode_router_chat_completions2_router_chat_completions_request_request_body_type,
    )
    from .routerchatcompletions2routerchatcompletionsrequesttype import (
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_TYPE_VALUES,
        RouterChatCompletions2RouterChatCompletionsRequestType,
        decode_router_chat_completions2_router_chat_completions_request_type,
    )
    from .routerchatcompletions2routerchatcompletionstype import (
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES,
        RouterChatCompletions2RouterChatCompletionsType,
        decode_router_chat_completions2_router_chat_completions_type,
    )
    from .routerchatcompletions2type import (
        ROUTER_CHAT_COMPLETIONS2_TYPE_VALUES,
        RouterChatCompletions2Type,
        decode_router_chat_completions2_type,
    )
    from .routerchatcompletionscontent2 import (
        RouterChatCompletionsContent2,
        decode_router_chat_completions_content2,
        encode_router_chat_completions_content2,
    )
    from .routerchatcompletionscontentrouterchatcompletions2 import (
        RouterChatCompletionsContentRouterChatCompletions2,
        decode_router_chat_completions_content_router_chat_completions2,
        encode_router_chat_completions_content_router_chat_completions2,
    )
    from .routerchatcompletionscontentrouterchatcompletionsrequest2 import (
        RouterChatCompletionsContentRouterChatCompletionsRequest2,
        decode_router_chat_completions_content_router_chat_completions_request2,
        encode_router_chat_completions_content_router_chat_completions_request2,
    )
    from .routerchatcompletionsfunction import RouterChatCompletionsFunction
    from .routerchatcompletionsmessages import (
        RouterChatCompletionsMessages,
        decode_router_chat_completions_messages,
        encode_router_chat_completions_messages,
    )
    from .routerchatcompletionsmessagescontent import (
        RouterChatCompletionsMessagesContent,
        decode_router_chat_completions_messages_content,
        encode_router_chat_completions_messages_content,
    )
    from .routerchatcompletionsmessagesrole import (
        ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES,
        RouterChatCompletionsMessagesRole,
        decode_router_chat_completions_messages_role,
    )
    from .routerchatcompletionsmessagesrouterchatcompletionscontent import (
        RouterChatCompletionsMessagesRouterChatCompletionsContent,
        decode_router_chat_completions_messages_router_chat_completions_content,
        encode_router_chat_completions_messages_router_chat_completions_content,
    )
    from .routerchatcompletionsmessagesrouterchatcompletionsrequestcontent import (
        RouterChatCompletionsMessagesRouterChatCompletionsRequestContent,
        decode_router_chat_completions_messages_router_chat_completions_request_content,
        encode_router_chat_completions_messages_router_chat_completions_request_content,
    )
    from .routerchatcompletionsmessagesrouterchatcompletionsrequestrole import (
        ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES,
        RouterChatCompletionsMessagesRouterChatCompletionsRequestRole,
        decode_router_chat_completions_messages_router_chat_completions_request_role,
    )
    from .routerchatcompletionsmessagesrouterchatcompletionsrole import (
        ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_ROLE_VALUES,
        RouterChatCompletionsMessagesRouterChatCompletionsRole,
        decode_router_chat_completions_messages_router_chat_completions_role,
    )
    from .routerchatcompletionsrequestbody import RouterChatCompletionsRequestBody
    from .routerchatcompletionsresponsebody import (
        RouterChatCompletionsResponseBody,
        decode_router_chat_completions_response_body,
        encode_router_chat_completions_response_body,
    )
    from .routerchatcompletionsresponsebodychoices import (
        RouterChatCompletionsResponseBodyChoices,
    )
    from .routerchatcompletionsresponsebodycontent import (
        RouterChatCompletionsResponseBodyContent,
    )
    from .routerchatcompletionsresponsebodyfinishreason import (
        ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES,
        RouterChatCompletionsResponseBodyFinishReason,
        decode_router_chat_completions_response_body_finish_reason,
    )
    from .routerchatcompletionsresponsebodyfunction import (
        RouterChatCompletionsResponseBodyFunction,
    )
    from .routerchatcompletionsresponsebodyrole import (
        ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES,
        RouterChatCompletionsResponseBodyRole,
        decode_router_chat_completions_response_body_role,
    )
    from .routerchatcompletionsresponsebodyrouterchatcompletionstoplogprobs import (
        RouterChatCompletionsResponseBodyRouterChatCompletionsTopLogprobs,
    )
    from .routerchatcompletionsresponsebodytoolcalls import (
        RouterChatCompletionsResponseBodyToolCalls,
    )
    from .routerchatcompletionsresponsebodytoplogprobs import (
        RouterChatCompletionsResponseBodyTopLogprobs,
    )
    from .routerchatcompletionsresponsebodytype import (
        ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES,
        RouterChatCompletionsResponseBodyType,
        decode_router_chat_completions_response_body_type,
    )
    from .routerchatcompletionsresponsebodyusage import (
        RouterChatCompletionsResponseBodyUsage,
    )
    from .routerchatcompletionsrouterchatcompletionsresponsebody import (
        RouterChatCompletionsRouterChatCompletionsResponseBody,
    )
    from .routerchatcompletionsrouterchatcompletionstype import (
        ROUTER_CHAT_COMPLETIONS_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES,
        RouterChatCompletionsRouterChatCompletionsType,
        decode_router_chat_completions_router_chat_completions_type,
    )
    from .routerchatcompletionstype import (
        ROUTER_CHAT_COMPLETIONS_TYPE_VALUES,
        RouterChatCompletionsType,
        decode_router_chat_completions_type,
    )
    from .routercompletionschoices import RouterCompletionsChoices
    from .routercompletionsrequestbody import RouterCompletionsRequestBody
    from .routercompletionsresponsebody import RouterCompletionsResponseBody
    from .routercompletionsusage import RouterCompletionsUsage
    from .routerembeddingdata import RouterEmbeddingData
    from .routerembeddingobject import (
        ROUTER_EMBEDDING_OBJECT_VALUES,
        RouterEmbeddingObject,
        decode_router_embedding_object,
    )
    from .routerembeddingrequestbody import RouterEmbeddingRequestBody
    from .routerembeddingresponsebody import RouterEmbeddingResponseBody
    from .routerembeddingrouterembeddingsobject import (
        ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES,
        RouterEmbeddingRouterEmbeddingsObject,
        decode_router_embedding_router_embeddings_object,
    )
    from .routerembeddingusage import RouterEmbeddingUsage
    from .routerimagegenerationschoices import RouterImageGenerationsChoices
    from .routerimagegenerationsmessage import (
        RouterImageGenerationsMessage,
        decode_router_image_generations_message,
        encode_router_image_generations_message,
    )
    from .routerimagegenerationsmessage1 import RouterImageGenerationsMessage1
    from .routerimagegenerationsmessage2 import RouterImageGenerationsMessage2
    from .routerimagegenerationsmessage3 import RouterImageGenerationsMessage3
    from .routerimagegenerationsmessagefunction import (
        RouterImageGenerationsMessageFunction,
    )
    from .routerimagegenerationsmessagerole import (
        ROUTER_IMAGE_GENERATIONS_MESSAGE_ROLE_VALUES,
        RouterImageGenerationsMessageRole,
        decode_router_image_generations_message_role,
    )
    from .routerimagegenerationsmessagerouterimagesresponserole import (
        ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES,
        RouterImageGenerationsMessageRouterImagesResponseRole,
        decode_router_image_generations_message_router_images_response_role,
    )
    from .routerimagegenerationsmessagerouterimagesrole import (
        ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES,
        RouterImageGenerationsMessageRouterImagesRole,
        decode_router_image_generations_message_router_images_role,
    )
    from .routerimagegenerationsmessagetoolcalls import (
        RouterImageGenerationsMessageToolCalls,
    )
    from .routerimagegenerationsmessagetype import (
        ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES,
        RouterImageGenerationsMessageType,
        decode_router_image_generations_message_type,
    )
    from .routerimagegenerationsrequestbody import RouterImageGenerationsRequestBody
    from .routerimagegenerationsresponsebody import RouterImageGenerationsResponseBody
    from .routerrerankrequestbody import RouterRerankRequestBody
    from .routerrerankresponsebody import RouterRerankResponseBody
    from .size import SIZE_VALUES, Size, decode_size
    from .stop import Stop, decode_stop, encode_stop
    from .three import Three
    from .tokens import Tokens
    from .toolcalls import ToolCalls
    from .tools import Tools
    from .toplogprobs import TopLogprobs
    from .two import Two, decode_two, encode_two
    from .two1 import Two1
    from .two2 import Two2
    from .twodetail import TWO_DETAIL_VALUES, TwoDetail, decode_two_detail
    from .twoimageurl import TwoImageUrl
    from .twotype import TWO_TYPE_VALUES, TwoType, decode_two_type
    from .type import TYPE_VALUES, Type, decode_type
    from .updated import Updated, decode_updated, encode_updated
    from .usage import Usage
    from .userid import UserId, decode_user_id, encode_user_id
    from .value import Value, decode_value, encode_value

_MODULES: Dict[str, str] = {
    "ADDITIONAL_PROPERTIES_VALUES": "additionalproperties",
    "AdditionalProperties": "additionalproperties",
    "decode_additional_properties": "additionalproperties",
    "ApiVersion": "apiversion",
    "BilledUnits": "billedunits",
    "BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES": "bulkfileuploadfilespurpose",
    "BulkFileUploadFilesPurpose": "bulkfileuploadfilespurpose",
    "decode_bulk_file_upload_files_purpose": "bulkfileuploadfilespurpose",
    "BULK_FILE_UPLOAD_PURPOSE_VALUES": "bulkfileuploadpurpose",
    "BulkFileUploadPurpose": "bulkfileuploadpurpose",
    "decode_bulk_file_upload_purpose": "bulkfileuploadpurpose",
    "BulkFileUploadRequestBody": "bulkfileuploadrequestbody",
    "Choices": "choices",
    "Content": "content",
    "decode_content": "content",
    "encode_content": "content",
    "Content2": "content2",
    "decode_content2": "content2",
    "encode_content2": "content2",
    "CreateContactRequestBody": "createcontactrequestbody",
    "CreateContactResponseBody": "createcontactresponsebody",
    "Created": "created",
    "decode_created": "created",
    "encode_created": "created",
    "CreateFeedbackRequestBody": "createfeedbackrequestbody",
    "CreateFeedbackResponseBody": "createfeedbackresponsebody",
    "CreateFeedbackValue": "createfeedbackvalue",
    "decode_create_feedback_value": "createfeedbackvalue",
    "encode_create_feedback_value": "createfeedbackvalue",
    "Data": "data",
    "Delta": "delta",
    "DeploymentCreateMetric21": "deploymentcreatemetric21",
    "DeploymentCreateMetric22": "deploymentcreatemetric22",
    "DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES": "deploymentcreatemetric2deploymentsmetricstype",
    "DeploymentCreateMetric2DeploymentsMetricsType": "deploymentcreatemetric2deploymentsmetricstype",
    "decode_deployment_create_metric2_deployments_metrics_type": "deploymentcreatemetric2deploymentsmetricstype",
    "DeploymentCreateMetric2ImageUrl": "deploymentcreatemetric2imageurl",
    "DEPLOYMENT_CREATE_METRIC2_TYPE_VALUES": "deploymentcreatemetric2type",
    "DeploymentCreateMetric2Type": "deploymentcreatemetric2type",
    "decode_deployment_create_metric2_type": "deploymentcreatemetric2type",
    "DeploymentCreateMetricContent": "deploymentcreatemetriccontent",
    "decode_deployment_create_metric_content": "deploymentcreatemetriccontent",
    "encode_deployment_create_metric_content": "deploymentcreatemetriccontent",
    "DeploymentCreateMetricContent2": "deploymentcreatemetriccontent2",
    "decode_deployment_create_metric_content2": "deploymentcreatemetriccontent2",
    "encode_deployment_create_metric_content2": "deploymentcreatemetriccontent2",
    "DeploymentCreateMetricFunction": "deploymentcreatemetricfunction",
    "DEPLOYMENT_CREATE_METRIC_MESSAGE_DEPLOYMENTS_METRICS_ROLE_VALUES": "deploymentcreatemetricmessagedeploymentsmetricsrole",
    "DeploymentCreateMetricMessageDeploymentsMetricsRole": "deploymentcreatemetricmessagedeploymentsmetricsrole",
    "decode_deployment_create_metric_message_deployments_metrics_role": "deploymentcreatemetricmessagedeploymentsmetricsrole",
    "DEPLOYMENT_CREATE_METRIC_MESSAGE_ROLE_VALUES": "deploymentcreatemetricmessagerole",
    "DeploymentCreateMetricMessageRole": "deploymentcreatemetricmessagerole",
    "decode_deployment_create_metric_message_role": "deploymentcreatemetricmessagerole",
    "DeploymentCreateMetricMessages": "deploymentcreatemetricmessages",
    "DeploymentCreateMetricRequestBody": "deploymentcreatemetricrequestbody",
    "DeploymentCreateMetricResponseBody": "deploymentcreatemetricresponsebody",
    "DEPLOYMENT_CREATE_METRIC_ROLE_VALUES": "deploymentcreatemetricrole",
    "DeploymentCreateMetricRole": "deploymentcreatemetricrole",
    "decode_deployment_create_metric_role": "deploymentcreatemetricrole",
    "DeploymentCreateMetricToolCalls": "deploymentcreatemetrictoolcalls",
    "DEPLOYMENT_CREATE_METRIC_TYPE_VALUES": "deploymentcreatemetrictype",
    "DeploymentCreateMetricType": "deploymentcreatemetrictype",
    "decode_deployment_create_metric_type": "deploymentcreatemetrictype",
    "DeploymentGetConfig21": "deploymentgetconfig21",
    "DeploymentGetConfig22": "deploymentgetconfig22",
    "DeploymentGetConfig2Deployments2": "deploymentgetconfig2deployments2",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE200_TYPE_VALUES": "deploymentgetconfig2deploymentsresponse200type",
    "DeploymentGetConfig2DeploymentsResponse200Type": "deploymentgetconfig2deploymentsresponse200type",
    "decode_deployment_get_config2_deployments_response200_type": "deploymentgetconfig2deploymentsresponse200type",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE_TYPE_VALUES": "deploymentgetconfig2deploymentsresponsetype",
    "DeploymentGetConfig2DeploymentsResponseType": "deploymentgetconfig2deploymentsresponsetype",
    "decode_deployment_get_config2_deployments_response_type": "deploymentgetconfig2deploymentsresponsetype",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES": "deploymentgetconfig2deploymentstype",
    "DeploymentGetConfig2DeploymentsType": "deploymentgetconfig2deploymentstype",
    "decode_deployment_get_config2_deployments_type": "deploymentgetconfig2deploymentstype",
    "DeploymentGetConfig2ImageUrl": "deploymentgetconfig2imageurl",
    "DEPLOYMENT_GET_CONFIG2_TYPE_VALUES": "deploymentgetconfig2type",
    "DeploymentGetConfig2Type": "deploymentgetconfig2type",
    "decode_deployment_get_config2_type": "deploymentgetconfig2type",
    "DeploymentGetConfigContent": "deploymentgetconfigcontent",
    "decode_deployment_get_config_content": "deploymentgetconfigcontent",
    "encode_deployment_get_config_content": "deploymentgetconfigcontent",
    "DeploymentGetConfigContent2": "deploymentgetconfigcontent2",
    "decode_deployment_get_config_content2": "deploymentgetconfigcontent2",
    "encode_deployment_get_config_content2": "deploymentgetconfigcontent2",
    "DeploymentGetConfigDeploymentsContent": "deploymentgetconfigdeploymentscontent",
    "decode_deployment_get_config_deployments_content": "deploymentgetconfigdeploymentscontent",
    "encode_deployment_get_config_deployments_content": "deploymentgetconfigdeploymentscontent",
    "DeploymentGetConfigDeploymentsFunction": "deploymentgetconfigdeploymentsfunction",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES": "deploymentgetconfigdeploymentsresponse200applicationjsontype",
    "DeploymentGetConfigDeploymentsResponse200ApplicationJSONType": "deploymentgetconfigdeploymentsresponse200applicationjsontype",
    "decode_deployment_get_config_deployments_response200_application_json_type": "deploymentgetconfigdeploymentsresponse200applicationjsontype",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_TYPE_VALUES": "deploymentgetconfigdeploymentsresponse200type",
    "DeploymentGetConfigDeploymentsResponse200Type": "deploymentgetconfigdeploymentsresponse200type",
    "decode_deployment_get_config_deployments_response200_type": "deploymentgetconfigdeploymentsresponse200type",
    "DeploymentGetConfigDeploymentsResponseFunction": "deploymentgetconfigdeploymentsresponsefunction",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE_TYPE_VALUES": "deploymentgetconfigdeploymentsresponsetype",
    "DeploymentGetConfigDeploymentsResponseType": "deploymentgetconfigdeploymentsresponsetype",
    "decode_deployment_get_config_deployments_response_type": "deploymentgetconfigdeploymentsresponsetype",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_ROLE_VALUES": "deploymentgetconfigdeploymentsrole",
    "DeploymentGetConfigDeploymentsRole": "deploymentgetconfigdeploymentsrole",
    "decode_deployment_get_config_deployments_role": "deploymentgetconfigdeploymentsrole",
    "DeploymentGetConfigDeploymentsToolCalls": "deploymentgetconfigdeploymentstoolcalls",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_TYPE_VALUES": "deploymentgetconfigdeploymentstype",
    "DeploymentGetConfigDeploymentsType": "deploymentgetconfigdeploymentstype",
    "decode_deployment_get_config_deployments_type": "deploymentgetconfigdeploymentstype",
    "DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES": "deploymentgetconfigencodingformat",
    "DeploymentGetConfigEncodingFormat": "deploymentgetconfigencodingformat",
    "decode_deployment_get_config_encoding_format": "deploymentgetconfigencodingformat",
    "DeploymentGetConfigFunction": "deploymentgetconfigfunction",
    "DeploymentGetConfigMessages": "deploymentgetconfigmessages",
    "DeploymentGetConfigParameters": "deploymentgetconfigparameters",
    "DEPLOYMENT_GET_CONFIG_QUALITY_VALUES": "deploymentgetconfigquality",
    "DeploymentGetConfigQuality": "deploymentgetconfigquality",
    "decode_deployment_get_config_quality": "deploymentgetconfigquality",
    "DeploymentGetConfigRequestBody": "deploymentgetconfigrequestbody",
    "DeploymentGetConfigResponseBody": "deploymentgetconfigresponsebody",
    "DeploymentGetConfigResponseFormat": "deploymentgetconfigresponseformat",
    "decode_deployment_get_config_response_format": "deploymentgetconfigresponseformat",
    "encode_deployment_get_config_response_format": "deploymentgetconfigresponseformat",
    "DEPLOYMENT_GET_CONFIG_RESPONSE_FORMAT_TYPE_VALUES": "deploymentgetconfigresponseformattype",
    "DeploymentGetConfigResponseFormatType": "deploymentgetconfigresponseformattype",
    "decode_deployment_get_config_response_format_type": "deploymentgetconfigresponseformattype",
    "DEPLOYMENT_GET_CONFIG_ROLE_VALUES": "deploymentgetconfigrole",
    "DeploymentGetConfigRole": "deploymentgetconfigrole",
    "decode_deployment_get_config_role": "deploymentgetconfigrole",
    "DeploymentGetConfigToolCalls": "deploymentgetconfigtoolcalls",
    "DeploymentGetConfigTools": "deploymentgetconfigtools",
    "DEPLOYMENT_GET_CONFIG_TYPE_VALUES": "deploymentgetconfigtype",
    "DeploymentGetConfigType": "deploymentgetconfigtype",
    "decode_deployment_get_config_type": "deploymentgetconfigtype",
    "DeploymentInvokeChoices": "deploymentinvokechoices",
    "DeploymentInvokeDeploymentsChoices": "deploymentinvokedeploymentschoices",
    "DeploymentInvokeDeploymentsMessage": "deploymentinvokedeploymentsmessage",
    "decode_deployment_invoke_deployments_message": "deploymentinvokedeploymentsmessage",
    "encode_deployment_invoke_deployments_message": "deploymentinvokedeploymentsmessage",
    "DeploymentInvokeDeploymentsResponseBody": "deploymentinvokedeploymentsresponsebody",
    "DeploymentInvokeMessage": "deploymentinvokemessage",
    "decode_deployment_invoke_message": "deploymentinvokemessage",
    "encode_deployment_invoke_message": "deploymentinvokemessage",
    "DeploymentInvokeMessage1": "deploymentinvokemessage1",
    "DeploymentInvokeMessage2": "deploymentinvokemessage2",
    "DeploymentInvokeMessage3": "deploymentinvokemessage3",
    "DeploymentInvokeMessageDeployments1": "deploymentinvokemessagedeployments1",
    "DeploymentInvokeMessageDeployments2": "deploymentinvokemessagedeployments2",
    "DeploymentInvokeMessageDeploymentsFunction": "deploymentinvokemessagedeploymentsfunction",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_ROLE_VALUES": "deploymentinvokemessagedeploymentsresponse200role",
    "DeploymentInvokeMessageDeploymentsResponse200Role": "deploymentinvokemessagedeploymentsresponse200role",
    "decode_deployment_invoke_message_deployments_response200_role": "deploymentinvokemessagedeploymentsresponse200role",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_RESPONSE_BODY_ROLE_VALUES": "deploymentinvokemessagedeploymentsresponse200texteventstreamresponsebodyrole",
    "DeploymentInvokeMessageDeploymentsResponse200TextEventStreamResponseBodyRole": "deploymentinvokemessagedeploymentsresponse200texteventstreamresponsebodyrole",
    "decode_deployment_invoke_message_deployments_response200_text_event_stream_response_body_role": "deploymentinvokemessagedeploymentsresponse200texteventstreamresponsebodyrole",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES": "deploymentinvokemessagedeploymentsresponse200texteventstreamrole",
    "DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole": "deploymentinvokemessagedeploymentsresponse200texteventstreamrole",
    "decode_deployment_invoke_message_deployments_response200_text_event_stream_role": "deploymentinvokemessagedeploymentsresponse200texteventstreamrole",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE_ROLE_VALUES": "deploymentinvokemessagedeploymentsresponserole",
    "DeploymentInvokeMessageDeploymentsResponseRole": "deploymentinvokemessagedeploymentsresponserole",
    "decode_deployment_invoke_message_deployments_response_role": "deploymentinvokemessagedeploymentsresponserole",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_ROLE_VALUES": "deploymentinvokemessagedeploymentsrole",
    "DeploymentInvokeMessageDeploymentsRole": "deploymentinvokemessagedeploymentsrole",
    "decode_deployment_invoke_message_deployments_role": "deploymentinvokemessagedeploymentsrole",
    "DeploymentInvokeMessageDeploymentsToolCalls": "deploymentinvokemessagedeploymentstoolcalls",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_TYPE_VALUES": "deploymentinvokemessagedeploymentstype",
    "DeploymentInvokeMessageDeploymentsType": "deploymentinvokemessagedeploymentstype",
    "decode_deployment_invoke_message_deployments_type": "deploymentinvokemessagedeploymentstype",
    "DeploymentInvokeMessageFunction": "deploymentinvokemessagefunction",
    "DEPLOYMENT_INVOKE_MESSAGE_ROLE_VALUES": "deploymentinvokemessagerole",
    "DeploymentInvokeMessageRole": "deploymentinvokemessagerole",
    "decode_deployment_invoke_message_role": "deploymentinvokemessagerole",
    "DeploymentInvokeMessageToolCalls": "deploymentinvokemessagetoolcalls",
    "DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES": "deploymentinvokemessagetype",
    "DeploymentInvokeMessageType": "deploymentinvokemessagetype",
    "decode_deployment_invoke_message_type": "deploymentinvokemessagetype",
    "DeploymentInvokeMetadata": "deploymentinvokemetadata",
    "DEPLOYMENT_INVOKE_OBJECT_VALUES": "deploymentinvokeobject",
    "DeploymentInvokeObject": "deploymentinvokeobject",
    "decode_deployment_invoke_object": "deploymentinvokeobject",
    "DEPLOYMENT_INVOKE_PROVIDER_VALUES": "deploymentinvokeprovider",
    "DeploymentInvokeProvider": "deploymentinvokeprovider",
    "decode_deployment_invoke_provider": "deploymentinvokeprovider",
    "DeploymentInvokeResponseBody": "deploymentinvokeresponsebody",
    "DeploymentInvokeRetrievals": "deploymentinvokeretrievals",
    "Deployments21": "deployments21",
    "Deployments22": "deployments22",
    "DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES": "deployments2deploymentstype",
    "Deployments2DeploymentsType": "deployments2deploymentstype",
    "decode_deployments2_deployments_type": "deployments2deploymentstype",
    "Deployments2ImageUrl": "deployments2imageurl",
    "DEPLOYMENTS2_TYPE_VALUES": "deployments2type",
    "Deployments2Type": "deployments2type",
    "decode_deployments2_type": "deployments2type",
    "DeploymentsContent": "deploymentscontent",
    "decode_deployments_content": "deploymentscontent",
    "encode_deployments_content": "deploymentscontent",
    "DeploymentsContent2": "deploymentscontent2",
    "decode_deployments_content2": "deploymentscontent2",
    "encode_deployments_content2": "deploymentscontent2",
    "DeploymentsData": "deploymentsdata",
    "DeploymentsDeploymentsFunction": "deploymentsdeploymentsfunction",
    "DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES": "deploymentsdeploymentsresponsetype",
    "DeploymentsDeploymentsResponseType": "deploymentsdeploymentsresponsetype",
    "decode_deployments_deployments_response_type": "deploymentsdeploymentsresponsetype",
    "DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES": "deploymentsdeploymentstype",
    "DeploymentsDeploymentsType": "deploymentsdeploymentstype",
    "decode_deployments_deployments_type": "deploymentsdeploymentstype",
    "DEPLOYMENTS_ENCODING_FORMAT_VALUES": "deploymentsencodingformat",
    "DeploymentsEncodingFormat": "deploymentsencodingformat",
    "decode_deployments_encoding_format": "deploymentsencodingformat",
    "DEPLOYMENTS_FORMAT_VALUES": "deploymentsformat",
    "DeploymentsFormat": "deploymentsformat",
    "decode_deployments_format": "deploymentsformat",
    "DeploymentsFunction": "deploymentsfunction",
    "DeploymentsMessages": "deploymentsmessages",
    "DEPLOYMENTS_OBJECT_VALUES": "deploymentsobject",
    "DeploymentsObject": "deploymentsobject",
    "decode_deployments_object": "deploymentsobject",
    "DeploymentsParameters": "deploymentsparameters",
    "DEPLOYMENTS_PHOTO_REAL_VERSION_VALUES": "deploymentsphotorealversion",
    "DeploymentsPhotoRealVersion": "deploymentsphotorealversion",
    "decode_deployments_photo_real_version": "deploymentsphotorealversion",
    "DEPLOYMENTS_PROVIDER_VALUES": "deploymentsprovider",
    "DeploymentsProvider": "deploymentsprovider",
    "decode_deployments_provider": "deploymentsprovider",
    "DEPLOYMENTS_QUALITY_VALUES": "deploymentsquality",
    "DeploymentsQuality": "deploymentsquality",
    "decode_deployments_quality": "deploymentsquality",
    "DeploymentsResponseBody": "deploymentsresponsebody",
    "DeploymentsResponseFormat": "deploymentsresponseformat",
    "decode_deployments_response_format": "deploymentsresponseformat",
    "encode_deployments_response_format": "deploymentsresponseformat",
    "DeploymentsResponseFormat1": "deploymentsresponseformat1",
    "DeploymentsResponseFormat2": "deploymentsresponseformat2",
    "DEPLOYMENTS_RESPONSE_FORMAT_DEPLOYMENTS_TYPE_VALUES": "deploymentsresponseformatdeploymentstype",
    "DeploymentsResponseFormatDeploymentsType": "deploymentsresponseformatdeploymentstype",
    "decode_deployments_response_format_deployments_type": "deploymentsresponseformatdeploymentstype",
    "DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES": "deploymentsresponseformattype",
    "DeploymentsResponseFormatType": "deploymentsresponseformattype",
    "decode_deployments_response_format_type": "deploymentsresponseformattype",
    "DEPLOYMENTS_ROLE_VALUES": "deploymentsrole",
    "DeploymentsRole": "deploymentsrole",
    "decode_deployments_role": "deploymentsrole",
    "DeploymentsToolCalls": "deploymentstoolcalls",
    "DeploymentsTools": "deploymentstools",
    "DEPLOYMENTS_TYPE_VALUES": "deploymentstype",
    "DeploymentsType": "deploymentstype",
    "decode_deployments_type": "deploymentstype",
    "DETAIL_VALUES": "detail",
    "Detail": "detail",
    "decode_detail": "detail",
    "Document": "document",
    "Documents": "documents",
    "decode_documents": "documents",
    "encode_documents": "documents",
    "Embedding": "embedding",
    "decode_embedding": "embedding",
    "encode_embedding": "embedding",
    "ENCODING_FORMAT_VALUES": "encodingformat",
    "EncodingFormat": "encodingformat",
    "decode_encoding_format": "encodingformat",
    "Feedback": "feedback",
    "FILE_UPLOAD_PURPOSE_VALUES": "fileuploadpurpose",
    "FileUploadPurpose": "fileuploadpurpose",
    "decode_file_upload_purpose": "fileuploadpurpose",
    "FileUploadRequestBody": "fileuploadrequestbody",
    "FileUploadResponseBody": "fileuploadresponsebody",
    "FINISH_REASON_VALUES": "finishreason",
    "FinishReason": "finishreason",
    "decode_finish_reason": "finishreason",
    "FORMAT_VALUES": "format",
    "Format": "format",
    "decode_format": "format",
    "Four": "four",
    "Function": "function",
    "ImageUrl": "imageurl",
    "Input": "input",
    "decode_input": "input",
    "encode_input": "input",
    "Inputs": "inputs",
    "decode_inputs": "inputs",
    "encode_inputs": "inputs",
    "InvokeOptions": "invokeoptions",
    "JsonSchema": "jsonschema",
    "Logprobs": "logprobs",
    "Message": "message",
    "decode_message": "message",
    "encode_message": "message",
    "Message1": "message1",
    "Message2": "message2",
    "Message3": "message3",
    "MessageFunction": "messagefunction",
    "MESSAGE_ROLE_VALUES": "messagerole",
    "MessageRole": "messagerole",
    "decode_message_role": "messagerole",
    "Messages": "messages",
    "Messages1": "messages1",
    "Messages2": "messages2",
    "Messages3": "messages3",
    "MessagesContent": "messagescontent",
    "decode_messages_content": "messagescontent",
    "encode_messages_content": "messagescontent",
    "MessagesFunction": "messagesfunction",
    "MESSAGES_ROLE_VALUES": "messagesrole",
    "MessagesRole": "messagesrole",
    "decode_messages_role": "messagesrole",
    "MessagesToolCalls": "messagestoolcalls",
    "MESSAGES_TYPE_VALUES": "messagestype",
    "MessagesType": "messagestype",
    "decode_messages_type": "messagestype",
    "MessageToolCalls": "messagetoolcalls",
    "MESSAGE_TYPE_VALUES": "messagetype",
    "MessageType": "messagetype",
    "decode_message_type": "messagetype",
    "Meta": "meta",
    "Metadata": "metadata",
    "ModelParameters": "modelparameters",
    "MODEL_TYPE_VALUES": "modeltype",
    "ModelType": "modeltype",
    "decode_model_type": "modeltype",
    "OBJECT_VALUES": "object",
    "Object": "object",
    "decode_object": "object",
    "One": "one",
    "Parameters": "parameters",
    "Performance": "performance",
    "PHOTO_REAL_VERSION_VALUES": "photorealversion",
    "PhotoRealVersion": "photorealversion",
    "decode_photo_real_version": "photorealversion",
    "PrefixMessages": "prefixmessages",
    "Prompt": "prompt",
    "decode_prompt": "prompt",
    "encode_prompt": "prompt",
    "PromptConfig": "promptconfig",
    "PROVIDER_VALUES": "provider",
    "Provider": "provider",
    "decode_provider": "provider",
    "PURPOSE_VALUES": "purpose",
    "Purpose": "purpose",
    "decode_purpose": "purpose",
    "QUALITY_VALUES": "quality",
    "Quality": "quality",
    "decode_quality": "quality",
    "Refusal": "refusal",
    "RemoteConfigsGetConfigRequestBody": "remoteconfigsgetconfigrequestbody",
    "RemoteConfigsGetConfigResponseBody": "remoteconfigsgetconfigresponsebody",
    "REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES": "remoteconfigsgetconfigtype",
    "RemoteConfigsGetConfigType": "remoteconfigsgetconfigtype",
    "decode_remote_configs_get_config_type": "remoteconfigsgetconfigtype",
    "ResponseBody": "responsebody",
    "ResponseBody1": "responsebody1",
    "ResponseBody2": "responsebody2",
    "ResponseBodyChoices": "responsebodychoices",
    "ResponseBodyContent": "responsebodycontent",
    "RESPONSE_BODY_FINISH_REASON_VALUES": "responsebodyfinishreason",
    "ResponseBodyFinishReason": "responsebodyfinishreason",
    "decode_response_body_finish_reason": "responsebodyfinishreason",
    "ResponseBodyFunction": "responsebodyfunction",
    "ResponseBodyLogprobs": "responsebodylogprobs",
    "ResponseBodyMessage": "responsebodymessage",
    "ResponseBodyRefusal": "responsebodyrefusal",
    "RESPONSE_BODY_ROLE_VALUES": "responsebodyrole",
    "ResponseBodyRole": "responsebodyrole",
    "decode_response_body_role": "responsebodyrole",
    "ResponseBodyToolCalls": "responsebodytoolcalls",
    "ResponseBodyTopLogprobs": "responsebodytoplogprobs",
    "RESPONSE_BODY_TYPE_VALUES": "responsebodytype",
    "ResponseBodyType": "responsebodytype",
    "decode_response_body_type": "responsebodytype",
    "ResponseBodyUsage": "responsebodyusage",
    "RESPONSE_FORMAT_VALUES": "responseformat",
    "ResponseFormat": "responseformat",
    "decode_response_format": "responseformat",
    "ResponseFormat1": "responseformat1",
    "ResponseFormat2": "responseformat2",
    "ResponseFormatJsonSchema": "responseformatjsonschema",
    "RESPONSE_FORMAT_TYPE_VALUES": "responseformattype",
    "ResponseFormatType": "responseformattype",
    "decode_response_format_type": "responseformattype",
    "Results": "results",
    "Retrievals": "retrievals",
    "ROLE_VALUES": "role",
    "Role": "role",
    "decode_role": "role",
    "RouterChatCompletions21": "routerchatcompletions21",
    "RouterChatCompletions22": "routerchatcompletions22",
    "ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES": "routerchatcompletions2detail",
    "RouterChatCompletions2Detail": "routerchatcompletions2detail",
    "decode_router_chat_completions2_detail": "routerchatcompletions2detail",
    "RouterChatCompletions2ImageUrl": "routerchatcompletions2imageurl",
    "RouterChatCompletions2RouterChatCompletions1": "routerchatcompletions2routerchatcompletions1",
    "RouterChatCompletions2RouterChatCompletions2": "routerchatcompletions2routerchatcompletions2",
    "RouterChatCompletions2RouterChatCompletionsImageUrl": "routerchatcompletions2routerchatcompletionsimageurl",
    "RouterChatCompletions2RouterChatCompletionsRequest1": "routerchatcompletions2routerchatcompletionsrequest1",
    "RouterChatCompletions2RouterChatCompletionsRequest2": "routerchatcompletions2routerchatcompletionsrequest2",
    "RouterChatCompletions2RouterChatCompletionsRequestImageUrl": "routerchatcompletions2routerchatcompletionsrequestimageurl",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessages4type",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessages4Type": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessages4type",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_messages4_type": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessages4type",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessagestype",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessagestype",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_messages_type": "routerchatcompletions2routerchatcompletionsrequestrequestbodymessagestype",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_TYPE_VALUES": "routerchatcompletions2routerchatcompletionsrequestrequestbodytype",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyType": "routerchatcompletions2routerchatcompletionsrequestrequestbodytype",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_type": "routerchatcompletions2routerchatcompletionsrequestrequestbodytype",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_TYPE_VALUES": "routerchatcompletions2routerchatcompletionsrequesttype",
    "RouterChatCompletions2RouterChatCompletionsRequestType": "routerchatcompletions2routerchatcompletionsrequesttype",
    "decode_router_chat_completions2_router_chat_completions_request_type": "routerchatcompletions2routerchatcompletionsrequesttype",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES": "routerchatcompletions2routerchatcompletionstype",
    "RouterChatCompletions2RouterChatCompletionsType": "routerchatcompletions2routerchatcompletionstype",
    "decode_router_chat_completions2_router_chat_completions_type": "routerchatcompletions2routerchatcompletionstype",
    "ROUTER_CHAT_COMPLETIONS2_TYPE_VALUES": "routerchatcompletions2type",
    "RouterChatCompletions2Type": "routerchatcompletions2type",
    "decode_router_chat_completions2_type": "routerchatcompletions2type",
    "RouterChatCompletionsContent2": "routerchatcompletionscontent2",
    "decode_router_chat_completions_content2": "routerchatcompletionscontent2",
    "encode_router_chat_completions_content2": "routerchatcompletionscontent2",
    "RouterChatCompletionsContentRouterChatCompletions2": "routerchatcompletionscontentrouterchatcompletions2",
    "decode_router_chat_completions_content_router_chat_completions2": "routerchatcompletionscontentrouterchatcompletions2",
    "encode_router_chat_completions_content_router_chat_completions2": "routerchatcompletionscontentrouterchatcompletions2",
    "RouterChatCompletionsContentRouterChatCompletionsRequest2": "routerchatcompletionscontentrouterchatcompletionsrequest2",
    "decode_router_chat_completions_content_router_chat_completions_request2": "routerchatcompletionscontentrouterchatcompletionsrequest2",
    "encode_router_chat_completions_content_router_chat_completions_request2": "routerchatcompletionscontentrouterchatcompletionsrequest2",
    "RouterChatCompletionsFunction": "routerchatcompletionsfunction",
    "RouterChatCompletionsMessages": "routerchatcompletionsmessages",
    "decode_router_chat_completions_messages": "routerchatcompletionsmessages",
    "encode_router_chat_completions_messages": "routerchatcompletionsmessages",
    "RouterChatCompletionsMessagesContent": "routerchatcompletionsmessagescontent",
    "decode_router_chat_completions_messages_content": "routerchatcompletionsmessagescontent",
    "encode_router_chat_completions_messages_content": "routerchatcompletionsmessagescontent",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES": "routerchatcompletionsmessagesrole",
    "RouterChatCompletionsMessagesRole": "routerchatcompletionsmessagesrole",
    "decode_router_chat_completions_messages_role": "routerchatcompletionsmessagesrole",
    "RouterChatCompletionsMessagesRouterChatCompletionsContent": "routerchatcompletionsmessagesrouterchatcompletionscontent",
    "decode_router_chat_completions_messages_router_chat_completions_content": "routerchatcompletionsmessagesrouterchatcompletionscontent",
    "encode_router_chat_completions_messages_router_chat_completions_content": "routerchatcompletionsmessagesrouterchatcompletionscontent",
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestContent": "routerchatcompletionsmessagesrouterchatcompletionsrequestcontent",
    "decode_router_chat_completions_messages_router_chat_completions_request_content": "routerchatcompletionsmessagesrouterchatcompletionsrequestcontent",
    "encode_router_chat_completions_messages_router_chat_completions_request_content": "routerchatcompletionsmessagesrouterchatcompletionsrequestcontent",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES": "routerchatcompletionsmessagesrouterchatcompletionsrequestrole",
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestRole": "routerchatcompletionsmessagesrouterchatcompletionsrequestrole",
    "decode_router_chat_completions_messages_router_chat_completions_request_role": "routerchatcompletionsmessagesrouterchatcompletionsrequestrole",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_ROLE_VALUES": "routerchatcompletionsmessagesrouterchatcompletionsrole",
    "RouterChatCompletionsMessagesRouterChatCompletionsRole": "routerchatcompletionsmessagesrouterchatcompletionsrole",
    "decode_router_chat_completions_messages_router_chat_completions_role": "routerchatcompletionsmessagesrouterchatcompletionsrole",
    "RouterChatCompletionsRequestBody": "routerchatcompletionsrequestbody",
    "RouterChatCompletionsResponseBody": "routerchatcompletionsresponsebody",
    "decode_router_chat_completions_response_body": "routerchatcompletionsresponsebody",
    "encode_router_chat_completions_response_body": "routerchatcompletionsresponsebody",
    "RouterChatCompletionsResponseBodyChoices": "routerchatcompletionsresponsebodychoices",
    "RouterChatCompletionsResponseBodyContent": "routerchatcompletionsresponsebodycontent",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES": "routerchatcompletionsresponsebodyfinishreason",
    "RouterChatCompletionsResponseBodyFinishReason": "routerchatcompletionsresponsebodyfinishreason",
    "decode_router_chat_completions_response_body_finish_reason": "routerchatcompletionsresponsebodyfinishreason",
    "RouterChatCompletionsResponseBodyFunction": "routerchatcompletionsresponsebodyfunction",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES": "routerchatcompletionsresponsebodyrole",
    "RouterChatCompletionsResponseBodyRole": "routerchatcompletionsresponsebodyrole",
    "decode_router_chat_completions_response_body_role": "routerchatcompletionsresponsebodyrole",
    "RouterChatCompletionsResponseBodyRouterChatCompletionsTopLogprobs": "routerchatcompletionsresponsebodyrouterchatcompletionstoplogprobs",
    "RouterChatCompletionsResponseBodyToolCalls": "routerchatcompletionsresponsebodytoolcalls",
    "RouterChatCompletionsResponseBodyTopLogprobs": "routerchatcompletionsresponsebodytoplogprobs",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES": "routerchatcompletionsresponsebodytype",
    "RouterChatCompletionsResponseBodyType": "routerchatcompletionsresponsebodytype",
    "decode_router_chat_completions_response_body_type": "routerchatcompletionsresponsebodytype",
    "RouterChatCompletionsResponseBodyUsage": "routerchatcompletionsresponsebodyusage",
    "RouterChatCompletionsRouterChatCompletionsResponseBody": "routerchatcompletionsrouterchatcompletionsresponsebody",
    "ROUTER_CHAT_COMPLETIONS_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES": "routerchatcompletionsrouterchatcompletionstype",
    "RouterChatCompletionsRouterChatCompletionsType": "routerchatcompletionsrouterchatcompletionstype",
    "decode_router_chat_completions_router_chat_completions_type": "routerchatcompletionsrouterchatcompletionstype",
    "ROUTER_CHAT_COMPLETIONS_TYPE_VALUES": "routerchatcompletionstype",
    "RouterChatCompletionsType": "routerchatcompletionstype",
    "decode_router_chat_completions_type": "routerchatcompletionstype",
    "RouterCompletionsChoices": "routercompletionschoices",
    "RouterCompletionsRequestBody": "routercompletionsrequestbody",
    "RouterCompletionsResponseBody": "routercompletionsresponsebody",
    "RouterCompletionsUsage": "routercompletionsusage",
    "RouterEmbeddingData": "routerembeddingdata",
    "ROUTER_EMBEDDING_OBJECT_VALUES": "routerembeddingobject",
    "RouterEmbeddingObject": "routerembeddingobject",
    "decode_router_embedding_object": "routerembeddingobject",
    "RouterEmbeddingRequestBody": "routerembeddingrequestbody",
    "RouterEmbeddingResponseBody": "routerembeddingresponsebody",
    "ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES": "routerembeddingrouterembeddingsobject",
    "RouterEmbeddingRouterEmbeddingsObject": "routerembeddingrouterembeddingsobject",
    "decode_router_embedding_router_embeddings_object": "routerembeddingrouterembeddingsobject",
    "RouterEmbeddingUsage": "routerembeddingusage",
    "RouterImageGenerationsChoices": "routerimagegenerationschoices",
    "RouterImageGenerationsMessage": "routerimagegenerationsmessage",
    "decode_router_image_generations_message": "routerimagegenerationsmessage",
    "encode_router_image_generations_message": "routerimagegenerationsmessage",
    "RouterImageGenerationsMessage1": "routerimagegenerationsmessage1",
    "RouterImageGenerationsMessage2": "routerimagegenerationsmessage2",
    "RouterImageGenerationsMessage3": "routerimagegenerationsmessage3",
    "RouterImageGenerationsMessageFunction": "routerimagegenerationsmessagefunction",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROLE_VALUES": "routerimagegenerationsmessagerole",
    "RouterImageGenerationsMessageRole": "routerimagegenerationsmessagerole",
    "decode_router_image_generations_message_role": "routerimagegenerationsmessagerole",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES": "routerimagegenerationsmessagerouterimagesresponserole",
    "RouterImageGenerationsMessageRouterImagesResponseRole": "routerimagegenerationsmessagerouterimagesresponserole",
    "decode_router_image_generations_message_router_images_response_role": "routerimagegenerationsmessagerouterimagesresponserole",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES": "routerimagegenerationsmessagerouterimagesrole",
    "RouterImageGenerationsMessageRouterImagesRole": "routerimagegenerationsmessagerouterimagesrole",
    "decode_router_image_generations_message_router_images_role": "routerimagegenerationsmessagerouterimagesrole",
    "RouterImageGenerationsMessageToolCalls": "routerimagegenerationsmessagetoolcalls",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES": "routerimagegenerationsmessagetype",
    "RouterImageGenerationsMessageType": "routerimagegenerationsmessagetype",
    "decode_router_image_generations_message_type": "routerimagegenerationsmessagetype",
    "RouterImageGenerationsRequestBody": "routerimagegenerationsrequestbody",
    "RouterImageGenerationsResponseBody": "routerimagegenerationsresponsebody",
    "RouterRerankRequestBody": "routerrerankrequestbody",
    "RouterRerankResponseBody": "routerrerankresponsebody",
    "SIZE_VALUES": "size",
    "Size": "size",
    "decode_size": "size",
    "Stop": "stop",
    "decode_stop": "stop",
    "encode_stop": "stop",
    "Three": "three",
    "Tokens": "tokens",
    "ToolCalls": "toolcalls",
    "Tools": "tools",
    "TopLogprobs": "toplogprobs",
    "Two": "two",
    "decode_two": "two",
    "encode_two": "two",
    "Two1": "two1",
    "Two2": "two2",
    "TWO_DETAIL_VALUES": "twodetail",
    "TwoDetail": "twodetail",
    "decode_two_detail": "twodetail",
    "TwoImageUrl": "twoimageurl",
    "TWO_TYPE_VALUES": "twotype",
    "TwoType": "twotype",
    "decode_two_type": "twotype",
    "TYPE_VALUES": "type",
    "Type": "type",
    "decode_type": "type",
    "Updated": "updated",
    "decode_updated": "updated",
    "encode_updated": "updated",
    "Usage": "usage",
    "UserId": "userid",
    "decode_user_id": "userid",
    "encode_user_id": "userid",
    "Value": "value",
    "decode_value": "value",
    "encode_value": "value",
}

__all__ = [
    "ADDITIONAL_PROPERTIES_VALUES",
    "AdditionalProperties",
    "ApiVersion",
    "BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES",
    "BULK_FILE_UPLOAD_PURPOSE_VALUES",
    "BilledUnits",
    "BulkFileUploadFilesPurpose",
    "BulkFileUploadPurpose",
    "BulkFileUploadRequestBody",
    "Choices",
    "Content",
    "Content2",
    "CreateContactRequestBody",
    "CreateContactResponseBody",
    "CreateFeedbackRequestBody",
    "CreateFeedbackResponseBody",
    "CreateFeedbackValue",
    "Created",
    "DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENTS2_TYPE_VALUES",
    "DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES",
    "DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENTS_ENCODING_FORMAT_VALUES",
    "DEPLOYMENTS_FORMAT_VALUES",
    "DEPLOYMENTS_OBJECT_VALUES",
    "DEPLOYMENTS_PHOTO_REAL_VERSION_VALUES",
    "DEPLOYMENTS_PROVIDER_VALUES",
    "DEPLOYMENTS_QUALITY_VALUES",
    "DEPLOYMENTS_RESPONSE_FORMAT_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES",
    "DEPLOYMENTS_ROLE_VALUES",
    "DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES",
    "DEPLOYMENT_CREATE_METRIC2_TYPE_VALUES",
    "DEPLOYMENT_CREATE_METRIC_MESSAGE_DEPLOYMENTS_METRICS_ROLE_VALUES",
    "DEPLOYMENT_CREATE_METRIC_MESSAGE_ROLE_VALUES",
    "DEPLOYMENT_CREATE_METRIC_ROLE_VALUES",
    "DEPLOYMENT_CREATE_METRIC_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE200_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_RESPONSE_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG2_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_ROLE_VALUES",
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES",
    "DEPLOYMENT_GET_CONFIG_QUALITY_VALUES",
    "DEPLOYMENT_GET_CONFIG_RESPONSE_FORMAT_TYPE_VALUES",
    "DEPLOYMENT_GET_CONFIG_ROLE_VALUES",
    "DEPLOYMENT_GET_CONFIG_TYPE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_RESPONSE_BODY_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_TYPE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_ROLE_VALUES",
    "DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES",
    "DEPLOYMENT_INVOKE_OBJECT_VALUES",
    "DEPLOYMENT_INVOKE_PROVIDER_VALUES",
    "DETAIL_VALUES",
    "Data",
    "Delta",
    "DeploymentCreateMetric21",
    "DeploymentCreateMetric22",
    "DeploymentCreateMetric2DeploymentsMetricsType",
    "DeploymentCreateMetric2ImageUrl",
    "DeploymentCreateMetric2Type",
    "DeploymentCreateMetricContent",
    "DeploymentCreateMetricContent2",
    "DeploymentCreateMetricFunction",
    "DeploymentCreateMetricMessageDeploymentsMetricsRole",
    "DeploymentCreateMetricMessageRole",
    "DeploymentCreateMetricMessages",
    "DeploymentCreateMetricRequestBody",
    "DeploymentCreateMetricResponseBody",
    "DeploymentCreateMetricRole",
    "DeploymentCreateMetricToolCalls",
    "DeploymentCreateMetricType",
    "DeploymentGetConfig21",
    "DeploymentGetConfig22",
    "DeploymentGetConfig2Deployments2",
    "DeploymentGetConfig2DeploymentsResponse200Type",
    "DeploymentGetConfig2DeploymentsResponseType",
    "DeploymentGetConfig2DeploymentsType",
    "DeploymentGetConfig2ImageUrl",
    "DeploymentGetConfig2Type",
    "DeploymentGetConfigContent",
    "DeploymentGetConfigContent2",
    "DeploymentGetConfigDeploymentsContent",
    "DeploymentGetConfigDeploymentsFunction",
    "DeploymentGetConfigDeploymentsResponse200ApplicationJSONType",
    "DeploymentGetConfigDeploymentsResponse200Type",
    "DeploymentGetConfigDeploymentsResponseFunction",
    "DeploymentGetConfigDeploymentsResponseType",
    "DeploymentGetConfigDeploymentsRole",
    "DeploymentGetConfigDeploymentsToolCalls",
    "DeploymentGetConfigDeploymentsType",
    "DeploymentGetConfigEncodingFormat",
    "DeploymentGetConfigFunction",
    "DeploymentGetConfigMessages",
    "DeploymentGetConfigParameters",
    "DeploymentGetConfigQuality",
    "DeploymentGetConfigRequestBody",
    "DeploymentGetConfigResponseBody",
    "DeploymentGetConfigResponseFormat",
    "DeploymentGetConfigResponseFormatType",
    "DeploymentGetConfigRole",
    "DeploymentGetConfigToolCalls",
    "DeploymentGetConfigTools",
    "DeploymentGetConfigType",
    "DeploymentInvokeChoices",
    "DeploymentInvokeDeploymentsChoices",
    "DeploymentInvokeDeploymentsMessage",
    "DeploymentInvokeDeploymentsResponseBody",
    "DeploymentInvokeMessage",
    "DeploymentInvokeMessage1",
    "DeploymentInvokeMessage2",
    "DeploymentInvokeMessage3",
    "DeploymentInvokeMessageDeployments1",
    "DeploymentInvokeMessageDeployments2",
    "DeploymentInvokeMessageDeploymentsFunction",
    "DeploymentInvokeMessageDeploymentsResponse200Role",
    "DeploymentInvokeMessageDeploymentsResponse200TextEventStreamResponseBodyRole",
    "DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole",
    "DeploymentInvokeMessageDeploymentsResponseRole",
    "DeploymentInvokeMessageDeploymentsRole",
    "DeploymentInvokeMessageDeploymentsToolCalls",
    "DeploymentInvokeMessageDeploymentsType",
    "DeploymentInvokeMessageFunction",
    "DeploymentInvokeMessageRole",
    "DeploymentInvokeMessageToolCalls",
    "DeploymentInvokeMessageType",
    "DeploymentInvokeMetadata",
    "DeploymentInvokeObject",
    "DeploymentInvokeProvider",
    "DeploymentInvokeResponseBody",
    "DeploymentInvokeRetrievals",
    "Deployments21",
    "Deployments22",
    "Deployments2DeploymentsType",
    "Deployments2ImageUrl",
    "Deployments2Type",
    "DeploymentsContent",
    "DeploymentsContent2",
    "DeploymentsData",
    "DeploymentsDeploymentsFunction",
    "DeploymentsDeploymentsResponseType",
    "DeploymentsDeploymentsType",
    "DeploymentsEncodingFormat",
    "DeploymentsFormat",
    "DeploymentsFunction",
    "DeploymentsMessages",
    "DeploymentsObject",
    "DeploymentsParameters",
    "DeploymentsPhotoRealVersion",
    "DeploymentsProvider",
    "DeploymentsQuality",
    "DeploymentsResponseBody",
    "DeploymentsResponseFormat",
    "DeploymentsResponseFormat1",
    "DeploymentsResponseFormat2",
    "DeploymentsResponseFormatDeploymentsType",
    "DeploymentsResponseFormatType",
    "DeploymentsRole",
    "DeploymentsToolCalls",
    "DeploymentsTools",
    "DeploymentsType",
    "Detail",
    "Document",
    "Documents",
    "ENCODING_FORMAT_VALUES",
    "Embedding",
    "EncodingFormat",
    "FILE_UPLOAD_PURPOSE_VALUES",
    "FINISH_REASON_VALUES",
    "FORMAT_VALUES",
    "Feedback",
    "FileUploadPurpose",
    "FileUploadRequestBody",
    "FileUploadResponseBody",
    "FinishReason",
    "Format",
    "Four",
    "Function",
    "ImageUrl",
    "Input",
    "Inputs",
    "InvokeOptions",
    "JsonSchema",
    "Logprobs",
    "MESSAGES_ROLE_VALUES",
    "MESSAGES_TYPE_VALUES",
    "MESSAGE_ROLE_VALUES",
    "MESSAGE_TYPE_VALUES",
    "MODEL_TYPE_VALUES",
    "Message",
    "Message1",
    "Message2",
    "Message3",
    "MessageFunction",
    "MessageRole",
    "MessageToolCalls",
    "MessageType",
    "Messages",
    "Messages1",
    "Messages2",
    "Messages3",
    "MessagesContent",
    "MessagesFunction",
    "MessagesRole",
    "MessagesToolCalls",
    "MessagesType",
    "Meta",
    "Metadata",
    "ModelParameters",
    "ModelType",
    "OBJECT_VALUES",
    "Object",
    "One",
    "PHOTO_REAL_VERSION_VALUES",
    "PROVIDER_VALUES",
    "PURPOSE_VALUES",
    "Parameters",
    "Performance",
    "PhotoRealVersion",
    "PrefixMessages",
    "Prompt",
    "PromptConfig",
    "Provider",
    "Purpose",
    "QUALITY_VALUES",
    "Quality",
    "REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES",
    "RESPONSE_BODY_FINISH_REASON_VALUES",
    "RESPONSE_BODY_ROLE_VALUES",
    "RESPONSE_BODY_TYPE_VALUES",
    "RESPONSE_FORMAT_TYPE_VALUES",
    "RESPONSE_FORMAT_VALUES",
    "ROLE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS2_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_ROLE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_ROUTER_CHAT_COMPLETIONS_TYPE_VALUES",
    "ROUTER_CHAT_COMPLETIONS_TYPE_VALUES",
    "ROUTER_EMBEDDING_OBJECT_VALUES",
    "ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROLE_VALUES",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES",
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES",
    "Refusal",
    "RemoteConfigsGetConfigRequestBody",
    "RemoteConfigsGetConfigResponseBody",
    "RemoteConfigsGetConfigType",
    "ResponseBody",
    "ResponseBody1",
    "ResponseBody2",
    "ResponseBodyChoices",
    "ResponseBodyContent",
    "ResponseBodyFinishReason",
    "ResponseBodyFunction",
    "ResponseBodyLogprobs",
    "ResponseBodyMessage",
    "ResponseBodyRefusal",
    "ResponseBodyRole",
    "ResponseBodyToolCalls",
    "ResponseBodyTopLogprobs",
    "ResponseBodyType",
    "ResponseBodyUsage",
    "ResponseFormat",
    "ResponseFormat1",
    "ResponseFormat2",
    "ResponseFormatJsonSchema",
    "ResponseFormatType",
    "Results",
    "Retrievals",
    "Role",
    "RouterChatCompletions21",
    "RouterChatCompletions22",
    "RouterChatCompletions2Detail",
    "RouterChatCompletions2ImageUrl",
    "RouterChatCompletions2RouterChatCompletions1",
    "RouterChatCompletions2RouterChatCompletions2",
    "RouterChatCompletions2RouterChatCompletionsImageUrl",
    "RouterChatCompletions2RouterChatCompletionsRequest1",
    "RouterChatCompletions2RouterChatCompletionsRequest2",
    "RouterChatCompletions2RouterChatCompletionsRequestImageUrl",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessages4Type",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyType",
    "RouterChatCompletions2RouterChatCompletionsRequestType",
    "RouterChatCompletions2RouterChatCompletionsType",
    "RouterChatCompletions2Type",
    "RouterChatCompletionsContent2",
    "RouterChatCompletionsContentRouterChatCompletions2",
    "RouterChatCompletionsContentRouterChatCompletionsRequest2",
    "RouterChatCompletionsFunction",
    "RouterChatCompletionsMessages",
    "RouterChatCompletionsMessagesContent",
    "RouterChatCompletionsMessagesRole",
    "RouterChatCompletionsMessagesRouterChatCompletionsContent",
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestContent",
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestRole",
    "RouterChatCompletionsMessagesRouterChatCompletionsRole",
    "RouterChatCompletionsRequestBody",
    "RouterChatCompletionsResponseBody",
    "RouterChatCompletionsResponseBodyChoices",
    "RouterChatCompletionsResponseBodyContent",
    "RouterChatCompletionsResponseBodyFinishReason",
    "RouterChatCompletionsResponseBodyFunction",
    "RouterChatCompletionsResponseBodyRole",
    "RouterChatCompletionsResponseBodyRouterChatCompletionsTopLogprobs",
    "RouterChatCompletionsResponseBodyToolCalls",
    "RouterChatCompletionsResponseBodyTopLogprobs",
    "RouterChatCompletionsResponseBodyType",
    "RouterChatCompletionsResponseBodyUsage",
    "RouterChatCompletionsRouterChatCompletionsResponseBody",
    "RouterChatCompletionsRouterChatCompletionsType",
    "RouterChatCompletionsType",
    "RouterCompletionsChoices",
    "RouterCompletionsRequestBody",
    "RouterCompletionsResponseBody",
    "RouterCompletionsUsage",
    "RouterEmbeddingData",
    "RouterEmbeddingObject",
    "RouterEmbeddingRequestBody",
    "RouterEmbeddingResponseBody",
    "RouterEmbeddingRouterEmbeddingsObject",
    "RouterEmbeddingUsage",
    "RouterImageGenerationsChoices",
    "RouterImageGenerationsMessage",
    "RouterImageGenerationsMessage1",
    "RouterImageGenerationsMessage2",
    "RouterImageGenerationsMessage3",
    "RouterImageGenerationsMessageFunction",
    "RouterImageGenerationsMessageRole",
    "RouterImageGenerationsMessageRouterImagesResponseRole",
    "RouterImageGenerationsMessageRouterImagesRole",
    "RouterImageGenerationsMessageToolCalls",
    "RouterImageGenerationsMessageType",
    "RouterImageGenerationsRequestBody",
    "RouterImageGenerationsResponseBody",
    "RouterRerankRequestBody",
    "RouterRerankResponseBody",
    "SIZE_VALUES",
    "Size",
    "Stop",
    "TWO_DETAIL_VALUES",
    "TWO_TYPE_VALUES",
    "TYPE_VALUES",
    "Three",
    "Tokens",
    "ToolCalls",
    "Tools",
    "TopLogprobs",
    "Two",
    "Two1",
    "Two2",
    "TwoDetail",
    "TwoImageUrl",
    "TwoType",
    "Type",
    "Updated",
    "Usage",
    "UserId",
    "Value",
    "decode_additional_properties",
    "decode_bulk_file_upload_files_purpose",
    "decode_bulk_file_upload_purpose",
    "decode_content",
    "decode_content2",
    "decode_create_feedback_value",
    "decode_created",
    "decode_deployment_create_metric2_deployments_metrics_type",
    "decode_deployment_create_metric2_type",
    "decode_deployment_create_metric_content",
    "decode_deployment_create_metric_content2",
    "decode_deployment_create_metric_message_deployments_metrics_role",
    "decode_deployment_create_metric_message_role",
    "decode_deployment_create_metric_role",
    "decode_deployment_create_metric_type",
    "decode_deployment_get_config2_deployments_response200_type",
    "decode_deployment_get_config2_deployments_response_type",
    "decode_deployment_get_config2_deployments_type",
    "decode_deployment_get_config2_type",
    "decode_deployment_get_config_content",
    "decode_deployment_get_config_content2",
    "decode_deployment_get_config_deployments_content",
    "decode_deployment_get_config_deployments_response200_application_json_type",
    "decode_deployment_get_config_deployments_response200_type",
    "decode_deployment_get_config_deployments_response_type",
    "decode_deployment_get_config_deployments_role",
    "decode_deployment_get_config_deployments_type",
    "decode_deployment_get_config_encoding_format",
    "decode_deployment_get_config_quality",
    "decode_deployment_get_config_response_format",
    "decode_deployment_get_config_response_format_type",
    "decode_deployment_get_config_role",
    "decode_deployment_get_config_type",
    "decode_deployment_invoke_deployments_message",
    "decode_deployment_invoke_message",
    "decode_deployment_invoke_message_deployments_response200_role",
    "decode_deployment_invoke_message_deployments_response200_text_event_stream_response_body_role",
    "decode_deployment_invoke_message_deployments_response200_text_event_stream_role",
    "decode_deployment_invoke_message_deployments_response_role",
    "decode_deployment_invoke_message_deployments_role",
    "decode_deployment_invoke_message_deployments_type",
    "decode_deployment_invoke_message_role",
    "decode_deployment_invoke_message_type",
    "decode_deployment_invoke_object",
    "decode_deployment_invoke_provider",
    "decode_deployments2_deployments_type",
    "decode_deployments2_type",
    "decode_deployments_content",
    "decode_deployments_content2",
    "decode_deployments_deployments_response_type",
    "decode_deployments_deployments_type",
    "decode_deployments_encoding_format",
    "decode_deployments_format",
    "decode_deployments_object",
    "decode_deployments_photo_real_version",
    "decode_deployments_provider",
    "decode_deployments_quality",
    "decode_deployments_response_format",
    "decode_deployments_response_format_deployments_type",
    "decode_deployments_response_format_type",
    "decode_deployments_role",
    "decode_deployments_type",
    "decode_detail",
    "decode_documents",
    "decode_embedding",
    "decode_encoding_format",
    "decode_file_upload_purpose",
    "decode_finish_reason",
    "decode_format",
    "decode_input",
    "decode_inputs",
    "decode_message",
    "decode_message_role",
    "decode_message_type",
    "decode_messages_content",
    "decode_messages_role",
    "decode_messages_type",
    "decode_model_type",
    "decode_object",
    "decode_photo_real_version",
    "decode_prompt",
    "decode_provider",
    "decode_purpose",
    "decode_quality",
    "decode_remote_configs_get_config_type",
    "decode_response_body_finish_reason",
    "decode_response_body_role",
    "decode_response_body_type",
    "decode_response_format",
    "decode_response_format_type",
    "decode_role",
    "decode_router_chat_completions2_detail",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_messages4_type",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_messages_type",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_type",
    "decode_router_chat_completions2_router_chat_completions_request_type",
    "decode_router_chat_completions2_router_chat_completions_type",
    "decode_router_chat_completions2_type",
    "decode_router_chat_completions_content2",
    "decode_router_chat_completions_content_router_chat_completions2",
    "decode_router_chat_completions_content_router_chat_completions_request2",
    "decode_router_chat_completions_messages",
    "decode_router_chat_completions_messages_content",
    "decode_router_chat_completions_messages_role",
    "decode_router_chat_completions_messages_router_chat_completions_content",
    "decode_router_chat_completions_messages_router_chat_completions_request_content",
    "decode_router_chat_completions_messages_router_chat_completions_request_role",
    "decode_router_chat_completions_messages_router_chat_completions_role",
    "decode_router_chat_completions_response_body",
    "decode_router_chat_completions_response_body_finish_reason",
    "decode_router_chat_completions_response_body_role",
    "decode_router_chat_completions_response_body_type",
    "decode_router_chat_completions_router_chat_completions_type",
    "decode_router_chat_completions_type",
    "decode_router_embedding_object",
    "decode_router_embedding_router_embeddings_object",
    "decode_router_image_generations_message",
    "decode_router_image_generations_message_role",
    "decode_router_image_generations_message_router_images_response_role",
    "decode_router_image_generations_message_router_images_role",
    "decode_router_image_generations_message_type",
    "decode_size",
    "decode_stop",
    "decode_two",
    "decode_two_detail",
    "decode_two_type",
    "decode_type",
    "decode_updated",
    "decode_user_id",
    "decode_value",
    "encode_content",
    "encode_content2",
    "encode_create_feedback_value",
    "encode_created",
    "encode_deployment_create_metric_content",
    "encode_deployment_create_metric_content2",
    "encode_deployment_get_config_content",
    "encode_deployment_get_config_content2",
    "encode_deployment_get_config_deployments_content",
    "encode_deployment_get_config_response_format",
    "encode_deployment_invoke_deployments_message",
    "encode_deployment_invoke_message",
    "encode_deployments_content",
    "encode_deployments_content2",
    "encode_deployments_response_format",
    "encode_documents",
    "encode_embedding",
    "encode_input",
    "encode_inputs",
    "encode_message",
    "encode_messages_content",
    "encode_prompt",
    "encode_router_chat_completions_content2",
    "encode_router_chat_completions_content_router_chat_completions2",
    "encode_router_chat_completions_content_router_chat_completions_request2",
    "encode_router_chat_completions_messages",
    "encode_router_chat_completions_messages_content",
    "encode_router_chat_completions_messages_router_chat_completions_content",
    "encode_router_chat_completions_messages_router_chat_completions_request_content",
    "encode_router_chat_completions_response_body",
    "encode_router_image_generations_message",
    "encode_stop",
    "encode_two",
    "encode_updated",
    "encode_user_id",
    "encode_value",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
